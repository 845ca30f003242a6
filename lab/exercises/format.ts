/** Numbers as a checker quotes them: four significant digits, scientific notation when tiny or huge. */
const SMALLEST_PLAIN = 1e-3;
const LARGEST_PLAIN = 1e5;

export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size < SMALLEST_PLAIN || size >= LARGEST_PLAIN) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

export function formatList(values: readonly number[]): string {
  return `[${values.map(formatValue).join(', ')}]`;
}
