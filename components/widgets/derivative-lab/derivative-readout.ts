/** The words under the chart: the two largest disagreements, and what happens at each kink. */
import type { DerivativeCheck, DerivativeSample, ScalarActivation } from '../../../lab/index';
import { formatScientific } from '../../ui/text/scientific';

const SYMBOLS: Readonly<Record<string, string>> = { alpha: 'α', beta: 'β', c: 'c' };

/** "ELU, α = 1": the function with the parameters that shape it. */
export function titleOf(entry: ScalarActivation, params: Readonly<Record<string, number>>): string {
  const parts = entry.params.filter((spec) => !spec.trainingOnly).map((spec) => {
    const value = params[spec.name] ?? spec.default;
    const choice = spec.choices?.find((option) => option.value === value);
    return choice ? choice.label : `${SYMBOLS[spec.name] ?? spec.name} = ${value}`;
  });
  return parts.length === 0 ? entry.name : `${entry.name}, ${parts.join(', ')}`;
}

/** "−1.25": an x position (or, with 3 decimals, a value) without trailing zeros, with a true minus sign. */
export function formatX(x: number, decimals = 2): string {
  return String(Number(x.toFixed(decimals))).replace(/^-/, '−');
}

function where(peak: { error: number; at: number }): string {
  return Number.isNaN(peak.at) || peak.error === 0 ? '' : ` (at x = ${formatX(peak.at)})`;
}

function kinkLine(sample: DerivativeSample): string {
  return `At the kink x = ${formatX(sample.x)}: formula ${formatX(sample.analytic, 3)}, tf.grad ${formatX(sample.automatic, 3)}, ` +
    `finite difference ${formatX(sample.numerical, 3)}.`;
}

export function describeCheck(check: DerivativeCheck, title: string): string[] {
  const lines = [
    `${title}: largest |formula − tf.grad| = ${formatScientific(check.automatic.error)}${where(check.automatic)}; ` +
      `largest |formula − finite difference| = ${formatScientific(check.numerical.error)}${where(check.numerical)}.`,
  ];
  const atKinks = check.samples.filter((sample) => sample.nearKink);
  if (atKinks.length > 0) {
    lines.push(`Left out of both figures: ${atKinks.length === 1 ? 'the point' : `the ${atKinks.length} points`} on a kink, where f′ is undefined. ` +
      atKinks.map(kinkLine).join(' '));
  }
  return lines;
}
