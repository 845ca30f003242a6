/** The sentences beside the bars: the last-to-first ratio at initialisation and now, and what it means. */
import { lastToFirstRatio, type GradientSnapshot } from '../../../lab/index';
import { formatWholePercent } from '../../ui/text/number-format';
import { formatScientific } from '../../ui/text/scientific';
import { STALLED_GRADIENT } from './vanishing-config';

/** "the tenth layer's gradient is 7.4 × 10⁵× the first's", or the reverse when the first is larger. */
export function describeRatio(norms: readonly number[]): string {
  const ratio = lastToFirstRatio(norms);
  if (!Number.isFinite(ratio)) return 'the ratio of the last layer’s gradient to the first’s is undefined (a gradient is zero)';
  const last = norms.length;
  return ratio >= 1
    ? `layer ${last}’s gradient is ${formatScientific(ratio)} times layer 1’s`
    : `layer 1’s gradient is ${formatScientific(1 / ratio)} times layer ${last}’s`;
}

export function describeGradients(initial: GradientSnapshot, latest: GradientSnapshot): string[] {
  const lines = [`At initialisation ${describeRatio(initial.norms)}.`];
  if (latest.epoch === 0) return lines;
  const accuracy = Number.isFinite(latest.accuracy) ? `, training accuracy ${formatWholePercent(latest.accuracy)}` : '';
  lines.push(`After epoch ${latest.epoch} ${describeRatio(latest.norms)} (loss ${latest.loss.toFixed(3)}${accuracy}).`);
  const largest = Math.max(...latest.norms);
  if (largest < STALLED_GRADIENT) {
    lines.push(`Every layer’s gradient is now below ${formatScientific(STALLED_GRADIENT)}: the network has settled on one answer ` +
      'for every input, and gradient descent has stopped moving any layer.');
  }
  return lines;
}
