/**
 * What a capacity sweep shows, in numbers: the width with the lowest test loss, how much worse the
 * two ends are (the U-shape ratio), and a reading of each run in the terms of the chapter's table.
 */
import type { CapacityRun } from './capacity-sweep.ts';

/** A run whose test loss is within this factor of the best counts as a good fit. */
export const NEAR_BEST_FACTOR = 1.1;
/**
 * Binary cross-entropy of always answering 1/2 is ln 2. A network whose training loss stays above 90% of
 * that has learned next to nothing, even from the data it saw: underfitting, whatever the others do.
 */
export const UNDERFIT_TRAIN_LOSS = 0.9 * Math.LN2;

export type FitReading = 'underfitting' | 'good fit' | 'overfitting';

export interface SweepSummary {
  bestIndex: number;
  bestWidth: number;
  bestTestLoss: number;
  /**
   * The smaller of the two end runs' test losses divided by the best: above 1 when both the narrowest
   * and the widest network do worse on new data than one in between (a U), exactly 1 when an end is best.
   */
  uShapeRatio: number;
  readings: FitReading[];
}

export function readRun(run: CapacityRun, index: number, bestIndex: number, bestTestLoss: number): FitReading {
  if (run.trainLoss >= UNDERFIT_TRAIN_LOSS) return 'underfitting';
  if (run.testLoss <= bestTestLoss * NEAR_BEST_FACTOR) return 'good fit';
  return index < bestIndex ? 'underfitting' : 'overfitting';
}

/** Undefined until there is at least one run with a finite test loss. */
export function summariseSweep(runs: readonly CapacityRun[]): SweepSummary | undefined {
  const finite = runs.filter((run) => Number.isFinite(run.testLoss));
  if (finite.length === 0 || finite.length !== runs.length) return undefined;
  const bestIndex = runs.reduce((best, run, index) => (run.testLoss < runs[best]!.testLoss ? index : best), 0);
  const best = runs[bestIndex]!;
  const ends = Math.min(runs[0]!.testLoss, runs[runs.length - 1]!.testLoss);
  return {
    bestIndex,
    bestWidth: best.width,
    bestTestLoss: best.testLoss,
    uShapeRatio: ends / best.testLoss,
    readings: runs.map((run, index) => readRun(run, index, bestIndex, best.testLoss)),
  };
}
