import { describe, expect, it } from 'vitest';
import { numberAfter, parseProseNumber } from './support/chapter-text.ts';

describe('reading numbers out of prose', () => {
  it('understands Unicode minus, thousands commas, LaTeX and e notation', () => {
    expect(parseProseNumber('−0.278')).toBe(-0.278);
    expect(parseProseNumber('740,000')).toBe(740000);
    expect(parseProseNumber('4 \\times 10^{-7}')).toBeCloseTo(4e-7, 20);
    expect(parseProseNumber('9.5 × 10^-7')).toBeCloseTo(9.5e-7, 20);
    expect(parseProseNumber('3.8e-7')).toBeCloseTo(3.8e-7, 20);
  });

  it('finds the number after a phrase, through a dollar sign, and only when the phrase is unique', () => {
    expect(numberAfter('the dip is about $-0.170$ at', 'the dip is about')).toBe(-0.17);
    expect(numberAfter('rises to 54% here', 'rises to')).toBe(54);
    expect(() => numberAfter('a 1 and a 2', 'a ')).toThrow(/occurs only once/);
    expect(() => numberAfter('nothing here', 'missing')).toThrow(/the chapter says "missing"/);
  });
});
