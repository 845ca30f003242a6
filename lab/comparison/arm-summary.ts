/** Test accuracy per arm over its seeds: mean, sample standard deviation, range, and how many runs diverged. */
import { spreadOf } from '../experiments/stats.ts';
import type { ArmRun } from '../runs/plan.ts';

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

/** A finished run's test accuracy; undefined for a run that diverged or failed. */
export function testAccuracyOf(run: ArmRun): number | undefined {
  const accuracy = run.metrics.testAccuracy;
  return run.status !== 'diverged' && run.status !== 'error' && accuracy !== undefined && Number.isFinite(accuracy) ? accuracy : undefined;
}

export function summariseArm(armId: string, runs: readonly ArmRun[]): ArmSummary {
  const own = runs.filter((run) => run.arm === armId);
  const accuracies = own.flatMap((run) => {
    const accuracy = testAccuracyOf(run);
    return accuracy === undefined ? [] : [accuracy];
  });
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

export function summariseArms(armIds: readonly string[], runs: readonly ArmRun[]): ArmSummary[] {
  return armIds.map((armId) => summariseArm(armId, runs));
}

/** Per seed, the second arm's accuracy minus the first's (seeds where both finished). */
export function pairedDifferences(runs: readonly ArmRun[], firstArm: string, secondArm: string): number[] {
  const bySeed = new Map<number, { first?: number; second?: number }>();
  for (const run of runs) {
    const accuracy = testAccuracyOf(run);
    if (accuracy === undefined) continue;
    const entry = bySeed.get(run.seedIndex) ?? {};
    if (run.arm === firstArm) entry.first = accuracy;
    if (run.arm === secondArm) entry.second = accuracy;
    bySeed.set(run.seedIndex, entry);
  }
  return [...bySeed.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, { first, second }]) => (first !== undefined && second !== undefined ? [second - first] : []));
}
