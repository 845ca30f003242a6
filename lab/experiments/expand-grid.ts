/**
 * The grid's run order: seed by seed, every activation within a seed. Stopping part-way therefore
 * leaves each activation with the same number of finished runs (give or take one), so the finished
 * part is still a fair comparison.
 */
import type { ExperimentConfig, GridCell } from './definition.ts';

export function seedsOf(config: Pick<ExperimentConfig, 'firstSeed' | 'seeds'>): number[] {
  return Array.from({ length: config.seeds }, (_, i) => config.firstSeed + i);
}

export function expandGrid(config: ExperimentConfig): GridCell[] {
  const plans: GridCell[] = [];
  for (const seed of seedsOf(config)) {
    for (const { id, params } of config.activations) {
      plans.push({ index: plans.length, activation: { id, params: { ...params } }, seed });
    }
  }
  return plans;
}
