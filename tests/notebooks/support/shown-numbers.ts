/**
 * The numbers a cell shows, and whether the notebook shows what the page shows. The page rounds to
 * four decimals (0.6899745 shows as 0.69) or to four significant digits in exponent form; a number
 * printed in full must agree to about float32 precision.
 */
const NUMBER = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi;
const RELATIVE_FLOOR = 1e-6;
const PAGE_DECIMALS = 4;

export interface ShownNumber {
  text: string;
  value: number;
  /** How far the true value may lie from `value`, given how it was printed. */
  tolerance: number;
}

function toleranceOf(text: string, value: number): number {
  const [mantissa = '', exponent] = text.toLowerCase().split('e');
  const decimals = mantissa.split('.')[1]?.length ?? 0;
  const printed = exponent === undefined ? 0.5 * 10 ** -Math.max(decimals, PAGE_DECIMALS) : 0.5 * 10 ** (Number(exponent) - decimals);
  return printed + RELATIVE_FLOOR * Math.abs(value);
}

/** Every number in a text that is not a whole number (shapes, counts and labels are left out). */
export function fractionalNumbers(text: string): ShownNumber[] {
  return [...text.matchAll(NUMBER)]
    .map(([match]) => ({ text: match, value: Number(match) }))
    .filter(({ value }) => Number.isFinite(value) && !Number.isInteger(value))
    .map(({ text: shown, value }) => ({ text: shown, value, tolerance: toleranceOf(shown, value) }));
}

/** Numbers the page shows that the notebook's output does not (within the page's precision). */
export function missingFrom(notebookText: string, pageText: string): string[] {
  const available = fractionalNumbers(notebookText);
  return fractionalNumbers(pageText)
    .filter((shown) => !available.some((candidate) => Math.abs(candidate.value - shown.value) <= shown.tolerance))
    .map((shown) => shown.text);
}
