/** How the neuron's readouts write the terms of w·x + b. */
import { formatFixed } from '../../ui/text/number-format';

/** A factor inside a product: negatives in parentheses, e.g. "(−0.50)". */
export function formatFactor(value: number, decimals = 2): string {
  const text = formatFixed(value, decimals);
  return text.startsWith('−') ? `(${text})` : text;
}

/** A term after the first: "+ 0.20" or "− 0.20". */
export function formatTerm(value: number, decimals = 2): string {
  const text = formatFixed(value, decimals);
  return text.startsWith('−') ? `− ${text.slice(1)}` : `+ ${text}`;
}
