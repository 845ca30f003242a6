import { describe, expect, it } from 'vitest';
import { formatDuration, formatFixed, formatPercent, formatTiny } from '../../components/ui/text/number-format';

describe('readout numbers', () => {
  it('gives short runs in milliseconds, never "0.0 s", and longer ones in seconds', () => {
    expect(formatDuration(0.4)).toBe('under 1 ms');
    expect(formatDuration(42.4)).toBe('42 ms');
    expect(formatDuration(999.4)).toBe('999 ms');
    expect(formatDuration(999.6)).toBe('1.0 s');
    expect(formatDuration(1680)).toBe('1.7 s');
    expect(formatDuration(Number.NaN)).toBe('–');
    expect(formatDuration(-5)).toBe('–');
  });

  it('writes a true minus sign and no negative zero', () => {
    expect(formatFixed(-1.234)).toBe('−1.23');
    expect(formatFixed(-0.001)).toBe('0.00');
  });

  it('rounds percentages down and small errors to powers of ten', () => {
    expect(formatPercent(0.995)).toBe('99.5%');
    expect(formatPercent(0.9999)).toBe('99.9%');
    expect(formatTiny(3.2e-8)).toBe('3.2 × 10⁻⁸');
    expect(formatTiny(0)).toBe('0');
  });
});
