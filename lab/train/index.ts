export { train } from './loop.ts';
export { trainOnDataset, type TrainedModel } from './train-on-dataset.ts';
export { evaluate, type Evaluation } from './evaluate.ts';
export { predictGrid, gridPoints, DEFAULT_GRID_RESOLUTION } from './grid.ts';
export { OPTIMIZER_IDS } from './optimizers.ts';
export { DEFAULT_SLICE_BUDGET_MS, DEFAULT_EVALUATE_EVERY, DEFAULT_OPTIMIZER } from './options.ts';
export { yieldToEventLoop } from './yield.ts';
export { ENGINE_CHOICES } from './engine.ts';
export { ENGINE_NAMES, ENGINE_WORDS, ENGINE_CHOICE_WORDS, enginesUsed, describeEnginesUsed } from './engine-words.ts';
