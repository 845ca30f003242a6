import { describe, expect, it } from 'vitest';
import { formatScientific } from '../../components/ui/text/scientific.ts';

describe('formatScientific', () => {
  it('writes very small and very large numbers as powers of ten with a true minus sign', () => {
    expect(formatScientific(6.0554e-6)).toBe('6.1 × 10⁻⁶');
    expect(formatScientific(736679)).toBe('7.4 × 10⁵');
    expect(formatScientific(-3.2e-12)).toBe('−3.2 × 10⁻¹²');
    expect(formatScientific(1e-4, 1)).toBe('1 × 10⁻⁴');
  });

  it('keeps everyday magnitudes as plain decimals', () => {
    expect(formatScientific(0.49)).toBe('0.49');
    expect(formatScientific(1.2345, 3)).toBe('1.23');
    expect(formatScientific(-0.5)).toBe('−0.5');
    expect(formatScientific(0)).toBe('0');
  });

  it('names values that are not finite numbers', () => {
    expect(formatScientific(NaN)).toBe('not a number');
    expect(formatScientific(Infinity)).toBe('∞');
    expect(formatScientific(-Infinity)).toBe('−∞');
  });
});
