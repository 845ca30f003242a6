/**
 * "Which is better" over a grid's records: each activation's test accuracy against the best one's,
 * paired by seed, with a seeded bootstrap interval and a verdict in words (lab/statistics). The
 * page and the CLI print the same sentences for the same records.
 */
import { armValuesOf, bestArm, compareWithBest, comparePaired, type ArmValues, type BestComparison, type PairedComparison } from '../statistics/index.ts';
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

/** The label of the activation with the best mean test accuracy, or null when no run has one. */
export function bestAccuracyArm(records: readonly RunRecord[]): string | null {
  return bestArm(accuracyArms(records))?.arm ?? null;
}

/** The labels of the activations these records hold, in first-appearance order. */
export function accuracyArmLabels(records: readonly RunRecord[]): string[] {
  return accuracyArms(records).map((arm) => arm.arm);
}

export type PairChoice = { ok: true; comparison: PairedComparison } | { ok: false; reason: string };

/** The pair a reader chose (by label): second minus first, or why that pair cannot be compared. */
export function compareChosenPair(records: readonly RunRecord[], first: string, second: string): PairChoice {
  if (first === second) return { ok: false, reason: `Pick two different activations: ${first} against itself has no difference to measure.` };
  const labels = accuracyArmLabels(records);
  const missing = [first, second].find((label) => !labels.includes(label));
  if (missing !== undefined) return { ok: false, reason: `${missing} is not among these runs' activations (${labels.join(', ') || 'none'}).` };
  return { ok: true, comparison: compareAccuracyPair(records, first, second)! };
}

/** The line the CLI prints for the pair chosen with --pair. */
export function pairLine(records: readonly RunRecord[], first: string, second: string): string {
  const choice = compareChosenPair(records, first, second);
  return `The pair you chose, ${second} minus ${first}: ${choice.ok ? choice.comparison.sentence : choice.reason}`;
}

/** The lines the CLI prints under its table: the best activation, then one verdict per other activation. */
export function comparisonLines(records: readonly RunRecord[]): string[] {
  const { best, comparisons } = compareWithBestAccuracy(records);
  if (best === null || comparisons.length === 0) return [];
  return [`Each activation against the best by mean test accuracy (${best}), paired by seed:`, ...comparisons.map((c) => `- ${c.sentence}`)];
}
