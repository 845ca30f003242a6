/** What a run record keeps of the training history: a thinned loss curve and the first epoch at target. */
import type { EpochMetrics } from '../types.ts';

export const HISTORY_MAX_POINTS = 100;
/** Metrics are measured at most this many times per run, so "epochs to target" has this resolution. */
export const MAX_EVALUATIONS = 50;

export interface HistoryPoint {
  epoch: number;
  loss: number;
  testAccuracy?: number;
}

export function evaluateEveryFor(epochs: number): number {
  return Math.max(1, Math.ceil(epochs / MAX_EVALUATIONS));
}

/** At most `maxPoints` evenly spaced entries, always keeping the first and the last. */
export function thinEvenly<T>(items: readonly T[], maxPoints: number): T[] {
  if (items.length <= maxPoints || maxPoints < 2) return items.slice();
  const stride = (items.length - 1) / (maxPoints - 1);
  return Array.from({ length: maxPoints }, (_, i) => items[Math.round(i * stride)]!);
}

export function thinHistory(history: readonly EpochMetrics[], maxPoints = HISTORY_MAX_POINTS): HistoryPoint[] {
  return thinEvenly(history, maxPoints).map(({ epoch, loss, testAccuracy }) =>
    testAccuracy === undefined ? { epoch, loss } : { epoch, loss, testAccuracy });
}

/** The first measured epoch whose test accuracy reached the target, or null. */
export function epochsToTarget(history: readonly EpochMetrics[], target: number | null): number | null {
  if (target === null) return null;
  return history.find((entry) => entry.testAccuracy !== undefined && entry.testAccuracy >= target)?.epoch ?? null;
}
