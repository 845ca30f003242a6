/** The lab's public API: everything widgets, cells, the worker and the Node CLI may use. */
export type * from './types.ts';
export { createRng, deriveSeed, normaliseSeed, type Rng } from './rng.ts';
export * from './datasets/index.ts';
export * from './datasets/real/index.ts';
export * from './models/index.ts';
export * from './train/index.ts';
export { tf } from './tfjs.ts';
export * from './activations/index.ts';
export * from './analysis/index.ts';
export * from './csv/index.ts';
export { datasetHash, datasetHashBytes, DATASET_HASH_VERSION } from './datasets/dataset-hash.ts';
export * from './statistics/index.ts';
export * from './records/index.ts';
export * from './shards/index.ts';
export * from './export/index.ts';
export * from './bias/index.ts';
export * from './capacity/index.ts';
export * from './exercises/index.ts';
