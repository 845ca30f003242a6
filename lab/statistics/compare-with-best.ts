/**
 * Each activation against the best one: the arm with the highest mean score (lowest, for a loss)
 * over its scored seeds, then a paired comparison of every other arm with it. Choosing the best
 * from the same runs favours it a little (the winner's curse), so a "no difference" here is the
 * informative answer: that arm is as good as the best as far as these seeds can tell.
 */
import { meanOf } from './bootstrap.ts';
import { comparePaired, type ArmValues, type CompareOptions, type PairedComparison } from './paired-difference.ts';

export interface BestComparison {
  /** The best arm's name, or null when no arm has a score. */
  best: string | null;
  /** One per other arm, in the given order; each is "other minus best". */
  comparisons: PairedComparison[];
}

export interface BestOptions extends CompareOptions {
  /** True for scores where lower is better (a loss). Default false: higher is better. */
  lowerIsBetter?: boolean;
}

function meanScore(arm: ArmValues): number | null {
  const scores = arm.values.flatMap(({ value }) => (value !== null && Number.isFinite(value) ? [value] : []));
  return scores.length === 0 ? null : meanOf(scores);
}

/** The arm with the best mean score over its scored seeds (first of equals), or null when no arm has a score. */
export function bestArm(arms: readonly ArmValues[], lowerIsBetter = false): ArmValues | null {
  const sign = lowerIsBetter ? -1 : 1;
  let best: ArmValues | null = null;
  let bestScore = -Infinity;
  for (const arm of arms) {
    const mean = meanScore(arm);
    if (mean !== null && sign * mean > bestScore) [best, bestScore] = [arm, sign * mean];
  }
  return best;
}

export function compareWithBest(arms: readonly ArmValues[], options: BestOptions): BestComparison {
  const winner = bestArm(arms, options.lowerIsBetter);
  if (winner === null) return { best: null, comparisons: [] };
  return {
    best: winner.arm,
    comparisons: arms.filter((arm) => arm !== winner).map((arm) => comparePaired(winner, arm, options)),
  };
}
