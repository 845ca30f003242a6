/** Mean and sample standard deviation of a list of numbers. */
export interface Spread {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); null for fewer than two values. */
  sd: number | null;
}

export function spreadOf(values: readonly number[]): Spread | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  if (n < 2) return { n, mean, sd: null };
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return { n, mean, sd: Math.sqrt(squares / (n - 1)) };
}
