/** makeDataset(id, options): one entry point for every classification generator, with validation. */
import type { Dataset } from '../types.ts';
import { blobs, type BlobsOptions } from './blobs.ts';
import { circle } from './circle.ts';
import { gauss } from './gauss.ts';
import { spiral } from './spiral.ts';
import { xor } from './xor.ts';

export const DATASET_IDS = ['blobs', 'circle', 'xor', 'gauss', 'spiral'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export type MakeDatasetOptions = BlobsOptions;

const GENERATORS: Readonly<Record<DatasetId, (options: MakeDatasetOptions) => Dataset>> = {
  blobs,
  circle,
  xor,
  gauss,
  spiral,
};

export function isDatasetId(id: unknown): id is DatasetId {
  return typeof id === 'string' && (DATASET_IDS as readonly string[]).includes(id);
}

export function makeDataset(id: DatasetId | string, options: MakeDatasetOptions): Dataset {
  if (!isDatasetId(id)) {
    throw new Error(`Unknown data set "${String(id)}". Choose one of: ${DATASET_IDS.join(', ')}.`);
  }
  if (id !== 'blobs' && options?.offset !== undefined) {
    throw new Error(`${id}: offset is only supported by the blobs data set.`);
  }
  return GENERATORS[id](options);
}
