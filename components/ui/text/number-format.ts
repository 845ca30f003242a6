/** Numbers for widget readouts: fixed decimals with a true minus sign, percentages, tiny errors. */
import { tenToThe } from './scientific';

export function formatFixed(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const text = value.toFixed(decimals);
  return (/^-0\.?0*$/.test(text) ? text.slice(1) : text).replace(/^-/, '−');
}

/** A term after the first in a sum: "+ 0.20" or "− 0.20". */
export function formatTerm(value: number, decimals = 2): string {
  const text = formatFixed(value, decimals);
  return text.startsWith('−') ? `− ${text.slice(1)}` : `+ ${text}`;
}

/** A factor inside a product: negatives in parentheses, e.g. "(−0.50)". */
export function formatFactor(value: number, decimals = 2): string {
  const text = formatFixed(value, decimals);
  return text.startsWith('−') ? `(${text})` : text;
}

/** Rounded down to one decimal, so 199 of 200 reads 99.5% and never a rounded-up 100%. */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–';
  return `${(Math.floor(fraction * 1000 + 1e-9) / 10).toFixed(1).replace(/\.0$/, '')}%`;
}

/** Rounded to a whole percent: 0.671875 → "67%" (for counts where a decimal says nothing). */
export function formatWholePercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** A small magnitude such as a rounding error: "0" for exactly zero, else e.g. "3.2 × 10⁻⁸". */
export function formatTiny(value: number, digits = 2): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return String(value);
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
  return `${mantissa!.replace(/^-/, '−')} × ${tenToThe(Number(exponent))}`;
}

/** "(1.20, −0.40)" */
export function formatVector(values: readonly number[], decimals = 2): string {
  return `(${values.map((v) => formatFixed(v, decimals)).join(', ')})`;
}

/** A run's duration for readouts: "40 ms" under a second (never a bare "0.0 s"), else "1.7 s". */
export function formatDuration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) return '–';
  if (milliseconds < 1) return 'under 1 ms';
  if (milliseconds < 999.5) return `${Math.round(milliseconds)} ms`;
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
