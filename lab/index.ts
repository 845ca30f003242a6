/**
 * lab's front door: everything widgets, cells, the worker, the bench and the Node CLI may use. Code
 * outside lab/ imports lab only from here (the dependency rules in .dependency-cruiser.cjs hold it);
 * tests under tests/unit/ may reach one file at a time, as they mirror lab's files.
 */
export type * from './types.ts';
export { createRng, deriveSeed, normaliseSeed, type Rng } from './rng.ts';
export { loadTfjs, loadTfjsCore, loadFullTfjs, tfjsLoaded, tensorsAlive, tfjsBackendName, type Tfjs, type TfjsCore, type FullTfjs } from './tfjs.ts';
export * from './datasets/index.ts';
export * from './datasets/real/index.ts';
export * from './models/index.ts';
export * from './train/index.ts';
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
export * from './comparison/index.ts';
export * from './perceptron/index.ts';
export * from './learned/index.ts';
export * from './swish/index.ts';
export * from './experiments/index.ts';
export * from './runs/index.ts';
export * from './cost/index.ts';
