/** A data set named together with its options (e.g. a widget's preset), made for any seed. */
import type { Dataset } from '../types.ts';
import { makeDataset, type MakeDatasetOptions } from './registry.ts';

export type DatasetSpec = { readonly id: string } & Omit<MakeDatasetOptions, 'seed'>;

export function makeSeededDataset(spec: DatasetSpec, seed: number): Dataset {
  const { id, ...options } = spec;
  return makeDataset(id, { ...options, seed });
}
