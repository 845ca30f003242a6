/** Test accuracy per arm over its seeds: mean, sample standard deviation, range, and how many runs diverged. */
import { spreadOf } from '../experiments/stats.ts';
import type { ComparisonRun } from './seed-comparison.ts';

export interface ArmSummary {
  armId: string;
  /** Runs with a test accuracy (finished, not diverged). */
  n: number;
  diverged: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null for fewer than two runs. */
  sd: number | null;
  min: number | null;
  max: number | null;
  accuracies: number[];
}

export function summariseArm(armId: string, runs: readonly ComparisonRun<unknown>[]): ArmSummary {
  const own = runs.filter((run) => run.armId === armId);
  const accuracies = own.flatMap((run) => (run.testAccuracy !== undefined && Number.isFinite(run.testAccuracy) ? [run.testAccuracy] : []));
  const spread = spreadOf(accuracies);
  return {
    armId,
    n: accuracies.length,
    diverged: own.filter((run) => run.status === 'diverged').length,
    mean: spread?.mean ?? null,
    sd: spread?.sd ?? null,
    min: accuracies.length > 0 ? Math.min(...accuracies) : null,
    max: accuracies.length > 0 ? Math.max(...accuracies) : null,
    accuracies,
  };
}

export function summariseArms(armIds: readonly string[], runs: readonly ComparisonRun<unknown>[]): ArmSummary[] {
  return armIds.map((armId) => summariseArm(armId, runs));
}

/** Per seed, the second arm's accuracy minus the first's (seeds where both finished). */
export function pairedDifferences(runs: readonly ComparisonRun<unknown>[], firstArm: string, secondArm: string): number[] {
  const bySeed = new Map<number, { first?: number; second?: number }>();
  for (const run of runs) {
    if (run.testAccuracy === undefined) continue;
    const entry = bySeed.get(run.seedIndex) ?? {};
    if (run.armId === firstArm) entry.first = run.testAccuracy;
    if (run.armId === secondArm) entry.second = run.testAccuracy;
    bySeed.set(run.seedIndex, entry);
  }
  return [...bySeed.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, { first, second }]) => (first !== undefined && second !== undefined ? [second - first] : []));
}
