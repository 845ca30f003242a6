export { buildModel } from './build.ts';
export { describeModel, countParameters, type ModelDescription, type LayerDescription } from './describe.ts';
export { resolveModelConfig, INITIALIZER_IDS, OUTPUT_KINDS, type ResolvedModelConfig } from './config.ts';
export { saveModel, type SavedModel } from './saved-model.ts';
