/** The capacity widget's words: what one width shows, the sweep as a whole, and the chart's text alternative. */
import type { CapacityRun, FitReading, LossPoint, SweepSummary } from '../../../lab/index';
import { formatFixed, formatPercent } from '../../ui/text/number-format';

const loss = (value: number): string => formatFixed(value, 2);

function lowestPoint(curve: readonly LossPoint[]): LossPoint | undefined {
  return curve.reduce<LossPoint | undefined>((best, point) => (best === undefined || point.testLoss < best.testLoss ? point : best), undefined);
}

export function describeReading(reading: FitReading, run: CapacityRun): string {
  switch (reading) {
    case 'good fit':
      return 'A good fit: test loss within 10% of the lowest in the sweep.';
    case 'underfitting':
      return `Underfitting: both losses are high (${loss(run.trainLoss)} and ${loss(run.testLoss)}); the network is too small to draw the circle.`;
    case 'overfitting': {
      const lowest = lowestPoint(run.curve);
      const turn = lowest && lowest.epoch < run.epochs ? ` Its test loss was lowest at epoch ${lowest.epoch} (${loss(lowest.testLoss)}) and rose after that.` : '';
      return `Overfitting: training loss ${loss(run.trainLoss)} but test loss ${loss(run.testLoss)}; it has learned the flipped points.${turn}`;
    }
  }
}

/** What the width shows: its epoch out of `totalEpochs` while it trains (`liveEpoch`), then its losses and reading. */
export function widthReading(width: number, run: CapacityRun | undefined, reading: FitReading | undefined, liveEpoch: number | undefined, totalEpochs: number): string {
  if (liveEpoch !== undefined) return `Width ${width}: training, epoch ${liveEpoch} of ${totalEpochs}.`;
  if (!run) return `Width ${width}: not trained yet.`;
  if (run.status === 'diverged') return `Width ${width}: training diverged at epoch ${run.epochs}.`;
  const numbers = `Width ${width}: training loss ${loss(run.trainLoss)}, test loss ${loss(run.testLoss)}, test accuracy ${formatPercent(run.testAccuracy)}.`;
  return reading ? `${numbers} ${describeReading(reading, run)}` : numbers;
}

export function describeSweep(runs: readonly CapacityRun[], summary: SweepSummary | undefined): string {
  if (runs.length === 0) return 'Final training and test loss by width: no training yet.';
  const values = runs.map((run) => `width ${run.width}: ${loss(run.trainLoss)} and ${loss(run.testLoss)}`).join('; ');
  const best = summary ? ` Lowest test loss at width ${summary.bestWidth}.` : '';
  return `Final training and test loss by width (${values}).${best}`;
}

export function describeCurves(width: number, curve: readonly LossPoint[]): string {
  if (curve.length === 0) return `Width ${width}: no loss curves yet.`;
  const first = curve[0]!;
  const last = curve[curve.length - 1]!;
  const lowest = lowestPoint(curve)!;
  return `Width ${width}: training and test loss by epoch. Training loss ${loss(first.trainLoss)} at epoch ${first.epoch}, ${loss(last.trainLoss)} at epoch ${last.epoch}; test loss ${loss(first.testLoss)}, then ${loss(last.testLoss)}, lowest ${loss(lowest.testLoss)} at epoch ${lowest.epoch}.`;
}

export function summariseText(runs: readonly CapacityRun[], summary: SweepSummary, target: number): string {
  const best = runs[summary.bestIndex]!;
  const first = runs[0]!;
  const last = runs[runs.length - 1]!;
  const times = (value: number) => `${formatFixed(value / summary.bestTestLoss, 1)}×`;
  const ratio = `U-shape ratio (the better end over the best): ${formatFixed(summary.uShapeRatio, 2)}.`;
  const lowestTraining = loss(Math.min(...runs.map((run) => run.trainLoss)));
  if (best === first) {
    const why = summary.readings[0] === 'underfitting'
      ? `Yet it underfits too: its training loss, ${loss(first.trainLoss)}, is no better than guessing. Every wider network overfits the flipped labels instead (the widest reaches training loss ${loss(last.trainLoss)} and test loss ${loss(last.testLoss)}).`
      : `Every wider network overfits the flipped labels (the widest reaches training loss ${loss(last.trainLoss)} and test loss ${loss(last.testLoss)}).`;
    return `Lowest test loss at the narrowest width, ${best.width} (${loss(best.testLoss)}, test accuracy ${formatPercent(best.testAccuracy)}). ${why} No U this time; try one hidden layer or fewer epochs. ${ratio}`;
  }
  if (best === last) {
    return `Lowest test loss at the widest width, ${best.width} (${loss(best.testLoss)}): nothing here had the room or the time to overfit. No U this time; try more epochs. ${ratio}`;
  }
  const head = `Lowest test loss at width ${best.width} (${loss(best.testLoss)}, test accuracy ${formatPercent(best.testAccuracy)}).`;
  const ends = `The narrowest network’s test loss is ${times(first.testLoss)} that, the widest one’s ${times(last.testLoss)}, although the widest has the lowest training loss of all (${lowestTraining}).`;
  const verdict = summary.uShapeRatio >= target
    ? 'Too small underfits, too big overfits: a U.'
    : 'With this seed the U is lopsided: one end does nearly as well as the best, which is a reminder that one small noisy data set is a noisy measurement.';
  return `${head} ${ends} ${verdict} ${ratio}`;
}
