/** The data set of a grid: a seeded synthetic generator or one of the shipped real data sets. */
import type { Dataset } from '../types.ts';
import { makeDataset } from '../datasets/registry.ts';
import { loadRealDataset } from '../datasets/real/index.ts';
import { CSV_DATASET_ID, SYNTHETIC_DATASET_IDS, type ExperimentConfig, type ExperimentDatasetId } from './definition.ts';

/** Points per synthetic data set, before the half-and-half train/test split. */
export const SYNTHETIC_SIZE = 400;
export const SYNTHETIC_TEST_FRACTION = 0.5;

type SyntheticId = (typeof SYNTHETIC_DATASET_IDS)[number];

export function isSyntheticDataset(id: ExperimentDatasetId): id is SyntheticId {
  return (SYNTHETIC_DATASET_IDS as readonly string[]).includes(id);
}

export function loadExperimentDataset(config: Pick<ExperimentConfig, 'dataset' | 'dataSeed' | 'noise' | 'csv'>): Promise<Dataset> {
  const { dataset, dataSeed, noise } = config;
  if (dataset === CSV_DATASET_ID) {
    return Promise.reject(new Error(`A CSV data set is read from its file${config.csv ? ` (${config.csv.file})` : ''}: load it with readCsvDataset and pass it to the grid.`));
  }
  if (isSyntheticDataset(dataset)) {
    return Promise.resolve(makeDataset(dataset, { seed: dataSeed, noise, size: SYNTHETIC_SIZE, testFraction: SYNTHETIC_TEST_FRACTION }));
  }
  return loadRealDataset(dataset, { seed: dataSeed });
}
