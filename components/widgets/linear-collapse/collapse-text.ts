/** The sentences and formulas the linear-collapse widget shows, built from plain numbers. */
import { type CollapseCheck, COLLAPSE_INPUT_SCALE } from '../../../lab/index';
import type { ArmState } from '../../ui/comparison/arm-state';
import { formatFixed, formatPercent, formatTerm, formatTiny } from '../../ui/text/number-format';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
/** The agreement the chapter promises; float32 rounding is far below it. */
export const COLLAPSE_TOLERANCE = 1e-5;

function subscript(n: number): string {
  return String(n).replace(/\d/g, (digit) => SUBSCRIPTS[Number(digit)]!);
}

/** An arm's score line: its latest epoch while it trains, then how its run ended. */
export function describeScore({ label, phase, epoch, testAccuracy, totalEpochs, record }: ArmState, training: boolean): string {
  if (!record) {
    if (phase !== 'running' || epoch === 0) return training ? 'Training…' : 'Not trained yet.';
    return `${label}: epoch ${epoch}${testAccuracy === undefined ? '' : `, test accuracy ${formatPercent(testAccuracy)}`}.`;
  }
  const accuracy = record.metrics.testAccuracy;
  const shown = accuracy === undefined ? '–' : formatPercent(accuracy);
  const ending = record.status === 'target-reached' ? ` (stopped at the 97% target, epoch ${record.epochs})`
    : record.status === 'diverged' ? ` (diverged at epoch ${record.epochs})`
    : record.status === 'stopped' ? ` (stopped at epoch ${record.epochs})` : ` after all ${totalEpochs} epochs`;
  return `Test accuracy ${shown}${ending}.`;
}

export function describeProduct(check: CollapseCheck): string {
  const names = check.layer.kernelShapes.map((_, i) => `W${subscript(i + 1)}`).join('');
  const shapes = check.layer.kernelShapes.map(([rows, columns]) => `(${rows}×${columns})`).join('·');
  const rows = check.layer.weights.length;
  const columns = check.layer.weights[0]?.length ?? 0;
  return `${names} = ${shapes} = one ${rows}×${columns} matrix W; the biases, pushed through the later layers, add up to b. ` +
    `The input scaling by ${COLLAPSE_INPUT_SCALE} is folded in, so W acts on the raw coordinates.`;
}

/** z = w₁x₁ + w₂x₂ + b for a one-output collapse, written out with signs. */
export function describeFormula(check: CollapseCheck): string {
  const { weights, bias } = check.layer;
  const terms = weights.map((row, i) => `${(i === 0 ? formatFixed : formatTerm)(row[0] ?? 0, 4)}·x${subscript(i + 1)}`);
  return `z = ${terms.join(' ')} ${formatTerm(bias[0] ?? 0, 4)}\noutput = σ(z)`;
}

export function describeAgreement(check: CollapseCheck): string {
  const { points, maxLogitDifference, maxOutputDifference, largestLogit } = check.comparison;
  const largest = Math.max(maxLogitDifference, maxOutputDifference);
  const relative = maxLogitDifference / Math.max(1, largestLogit);
  const verdict = largest <= COLLAPSE_TOLERANCE
    ? `within ${formatTiny(COLLAPSE_TOLERANCE, 1)}: float32 rounding, nothing more`
    : relative <= COLLAPSE_TOLERANCE
      ? `which is ${formatTiny(relative)} of the largest |z| (${formatFixed(largestLogit, 0)}): float32 rounding of very large numbers, not a different function`
      : `more than float32 rounding explains`;
  return `On ${points.toLocaleString('en')} points (every data point and a grid across the plane), the one layer and the deep network ` +
    `differ by at most ${formatTiny(maxLogitDifference)} in z and ${formatTiny(maxOutputDifference)} in the output, ${verdict}.`;
}

export function describeLinearRange(values: Float32Array): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return `Its output over the whole plane stays between ${formatFixed(low, 2)} and ${formatFixed(high, 2)}: one straight line cannot cut a disc out of a ring.`;
}
