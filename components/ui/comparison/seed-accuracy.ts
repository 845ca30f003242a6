/**
 * Words and numbers for comparisons over several seeds: per-arm accuracies in percent, and sentences
 * that say what the numbers show, computed from them, so no conclusion is written in advance.
 * Pure (no DOM), used by the Swish and learned-activation widgets.
 */
import { pairedDifferences, type ArmRun, type ArmSummary } from '../../../lab/index';

/** Accuracies are float32 fractions k/n: differences below this are rounding, not a different count. */
export const SAME_ACCURACY = 1e-6;

export interface LabelledSummary extends ArmSummary {
  label: string;
}

/** 0.98765 → "98.8%" (rounded, not floored: these are means). */
export function percent(fraction: number | null | undefined, decimals = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${(fraction * 100).toFixed(decimals)}%`;
}

/** A difference of two fractions in percentage points: 0.0123 → "1.2". */
export function points(fraction: number, decimals = 1): string {
  return Math.abs(fraction * 100).toFixed(decimals);
}

/** "98.8% ± 0.4" (sd in percentage points), "98.8%" for one run, "—" for none. */
export function meanAndSpread(summary: Pick<ArmSummary, 'mean' | 'sd'>): string {
  if (summary.mean === null) return '—';
  return summary.sd === null ? percent(summary.mean) : `${percent(summary.mean)} ± ${points(summary.sd)}`;
}

/** "Mean test accuracy over 5 seeds (± one standard deviation): ReLU 99.0% ± 0.0, …" */
export function describeMeans(summaries: readonly LabelledSummary[]): string {
  const seeds = Math.max(0, ...summaries.map((summary) => summary.n));
  const list = summaries.map((summary) => `${summary.label} ${meanAndSpread(summary)}`).join(', ');
  const diverged = summaries.filter((summary) => summary.diverged > 0).map((summary) => `${summary.label} (${summary.diverged})`);
  const divergedText = diverged.length > 0 ? ` Runs that diverged and are left out: ${diverged.join(', ')}.` : '';
  return `Mean test accuracy over ${seeds} seed${seeds === 1 ? '' : 's'} (± one standard deviation, in percentage points): ${list}.${divergedText}`;
}

/**
 * How big the gap between the best and worst mean is, measured against one test example and against
 * the spread between seeds: the reader sees which yardstick the difference clears.
 */
export function describeGap(summaries: readonly LabelledSummary[], testExamples: number): string {
  const measured = summaries.filter((summary) => summary.mean !== null);
  if (measured.length < 2) return '';
  const best = measured.reduce((a, b) => (b.mean! > a.mean! ? b : a));
  const worst = measured.reduce((a, b) => (b.mean! < a.mean! ? b : a));
  const gap = best.mean! - worst.mean!;
  const oneExample = testExamples > 0 ? 1 / testExamples : 0;
  const largestSd = Math.max(0, ...measured.map((summary) => summary.sd ?? 0));
  if (gap < SAME_ACCURACY) return `All ${measured.length} means are identical.`;
  const leaders = measured.filter((summary) => best.mean! - summary.mean! < SAME_ACCURACY).map((summary) => summary.label);
  const lead = leaders.length === 1
    ? `${best.label} has the highest mean, ${points(gap)} points above ${worst.label}`
    : `${leaders.slice(0, -1).join(', ')} and ${leaders[leaders.length - 1]} share the highest mean, ${points(gap)} points above ${worst.label}`;
  if (gap < oneExample) {
    return `${lead}: less than one test example (${points(oneExample)} points of the ${testExamples}), so on this data set the means cannot be told apart.`;
  }
  if (gap <= largestSd) {
    return `${lead}. That is no larger than the spread between seeds (largest standard deviation ${points(largestSd)} points), so with ${best.n} seeds the gap is within seed-to-seed noise.`;
  }
  return `${lead}, more than the largest standard deviation between seeds (${points(largestSd)} points).`;
}

/** Seed-by-seed tally of one arm against another: "Swish-1 beat ReLU on 2 seeds, tied on 3 and lost on 0." */
export function describePaired(differences: readonly number[], label: string, against: string): string {
  if (differences.length === 0) return '';
  const won = differences.filter((d) => d > SAME_ACCURACY).length;
  const lost = differences.filter((d) => d < -SAME_ACCURACY).length;
  const tied = differences.length - won - lost;
  return `Seed by seed, ${label} beat ${against} on ${won}, tied on ${tied} and lost on ${lost} of ${differences.length}.`;
}

/**
 * A comparison's summary paragraphs: the means, the gap against seed noise, and seed-by-seed tallies
 * between one arm and each other arm: the others against it when it is the 'reference' (each Swish
 * against ReLU), it against each of the others when it is the 'subject' (the learned mix).
 */
export function describeSeedComparison(
  summaries: readonly LabelledSummary[], runs: readonly ArmRun[], testExamples: number, pivot: { armId: string; role: 'reference' | 'subject' },
): string[] {
  const centre = summaries.find((summary) => summary.armId === pivot.armId);
  const tallies = !centre ? [] : summaries.filter((summary) => summary !== centre).map((other) => {
    const [subject, reference] = pivot.role === 'subject' ? [centre, other] : [other, centre];
    return describePaired(pairedDifferences(runs, reference.armId, subject.armId), subject.label, reference.label);
  });
  return [describeMeans(summaries), describeGap(summaries, testExamples), ...tallies].filter(Boolean);
}
