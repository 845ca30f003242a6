/** Short, readable numbers for tensor and typed-array output: 0.25, -1.5e-7, 12, NaN. */
const FIXED_DIGITS = 4;
const SMALLEST_FIXED = 1e-4;
const LARGEST_FIXED = 1e6;

export function formatNumber(value: number): string {
  if (!Number.isFinite(value) || Number.isInteger(value)) return Object.is(value, -0) ? '-0' : String(value);
  const magnitude = Math.abs(value);
  if (magnitude < SMALLEST_FIXED || magnitude >= LARGEST_FIXED) return value.toExponential(FIXED_DIGITS - 1);
  return String(Number(value.toFixed(FIXED_DIGITS)));
}
