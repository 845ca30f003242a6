/** Number formatting for the neuron's readouts: fixed decimals and a true minus sign. */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const text = value.toFixed(decimals);
  return (/^-0\.?0*$/.test(text) ? text.slice(1) : text).replace(/^-/, '−');
}

/** A factor inside a product: negatives in parentheses, e.g. "(−0.50)". */
export function formatFactor(value: number, decimals = 2): string {
  const text = formatNumber(value, decimals);
  return text.startsWith('−') ? `(${text})` : text;
}

export function formatTerm(value: number, decimals = 2): string {
  const text = formatNumber(value, decimals);
  return text.startsWith('−') ? `− ${text.slice(1)}` : `+ ${text}`;
}

/** One decimal, so 199 of 200 reads 99.5% rather than a rounded-up 100%. */
export function formatPercent(fraction: number): string {
  return `${(Math.floor(fraction * 1000) / 10).toFixed(1).replace(/\.0$/, '')}%`;
}
