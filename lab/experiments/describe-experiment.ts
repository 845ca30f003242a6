/** One line that says what a grid trains, for the table's caption in the page and the CLI. */
import { describeCsvSource } from './csv-source.ts';
import { activationLabel } from './activation-list.ts';
import type { ExperimentConfig } from './definition.ts';
import { seedsOf } from './expand-grid.ts';
import { isSyntheticDataset } from './experiment-dataset.ts';

export function describeExperiment(config: ExperimentConfig): string {
  const seeds = seedsOf(config);
  const seedText = seeds.length === 1 ? `seed ${seeds[0]}` : `seeds ${seeds[0]}–${seeds[seeds.length - 1]}`;
  const data = config.csv ? `${describeCsvSource(config.csv)} (split seed ${config.dataSeed})`
    : isSyntheticDataset(config.dataset) ? `${config.dataset} (noise ${config.noise}, data seed ${config.dataSeed})` : `${config.dataset} (split seed ${config.dataSeed})`;
  const layers = `${config.depth} hidden layer${config.depth === 1 ? '' : 's'} of ${config.width}`;
  return [
    data,
    layers,
    `${config.initializer === 'auto' ? 'auto' : config.initializer} init`,
    `${config.optimizer}, learning rate ${config.learningRate}`,
    `${config.epochs} epochs`,
    seedText,
    `activations ${config.activations.map(activationLabel).join(', ')}`,
  ].join(' · ');
}
