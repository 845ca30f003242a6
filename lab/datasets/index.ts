export { blobs, type BlobsOptions } from './blobs.ts';
export { circle } from './circle.ts';
export { xor } from './xor.ts';
export { gauss } from './gauss.ts';
export { spiral } from './spiral.ts';
export { linearRegression, type LinearRegressionOptions } from './regression.ts';
export { makeDataset, isDatasetId, DATASET_IDS, type DatasetId, type MakeDatasetOptions } from './registry.ts';
export { datasetBounds, type Bounds } from './bounds.ts';
export { makeSeededDataset, type DatasetSpec } from './dataset-spec.ts';
