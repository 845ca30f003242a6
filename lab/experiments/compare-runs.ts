/**
 * "Which is better" over a grid's records: each activation's test accuracy against the best one's,
 * paired by seed, with a seeded bootstrap interval and a verdict in words (lab/statistics). The
 * page and the CLI print the same sentences for the same records.
 */
import { armValuesOf, compareWithBest, comparePaired, type ArmValues, type BestComparison, type PairedComparison } from '../statistics/index.ts';
import type { RunRecord } from './run-record.ts';

/** Seeds the bootstrap, so an interval is the same wherever it is computed. */
export const COMPARISON_SEED = 16;

export function accuracyArms(records: readonly RunRecord[]): ArmValues[] {
  return armValuesOf(records, (record) => (record.status === 'done' ? record.metrics.testAccuracy : null));
}

export function compareWithBestAccuracy(records: readonly RunRecord[]): BestComparison {
  return compareWithBest(accuracyArms(records), { seed: COMPARISON_SEED });
}

/** second's test accuracy minus first's, for two activations named by their labels; null if either is absent. */
export function compareAccuracyPair(records: readonly RunRecord[], first: string, second: string): PairedComparison | null {
  const arms = accuracyArms(records);
  const [a, b] = [arms.find((arm) => arm.arm === first), arms.find((arm) => arm.arm === second)];
  return a && b ? comparePaired(a, b, { seed: COMPARISON_SEED }) : null;
}

/** The lines the CLI prints under its table: the best activation, then one verdict per other activation. */
export function comparisonLines(records: readonly RunRecord[]): string[] {
  const { best, comparisons } = compareWithBestAccuracy(records);
  if (best === null || comparisons.length === 0) return [];
  return [`Each activation against the best by mean test accuracy (${best}), paired by seed:`, ...comparisons.map((c) => `- ${c.sentence}`)];
}
