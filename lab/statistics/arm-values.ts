/** Run records → one ArmValues per activation (first-appearance order), ready for comparePaired. */
import { activationLabel, formatActivation } from '../experiments/activation-list.ts';
import type { ExperimentActivation } from '../experiments/definition.ts';
import type { ArmValues, SeedValue } from './paired-difference.ts';

/** The fields every run record has, in today's schema and in the versioned proposal. */
export interface ScoredRun {
  activation: ExperimentActivation;
  seed: number;
}

/** score reads the figure to compare, e.g. (run) => run.testAccuracy; null for a run without one. */
export function armValuesOf<R extends ScoredRun>(runs: readonly R[], score: (run: R) => number | null): ArmValues[] {
  const arms = new Map<string, { arm: string; values: SeedValue[] }>();
  for (const run of runs) {
    const key = formatActivation(run.activation);
    const entry = arms.get(key) ?? { arm: activationLabel(run.activation), values: [] };
    entry.values.push({ seed: run.seed, value: score(run) });
    arms.set(key, entry);
  }
  return [...arms.values()];
}
