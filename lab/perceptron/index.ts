export { trainPerceptron, perceptronEpoch, perceptronStart, type PerceptronEpoch, type PerceptronResult, type PerceptronStatus } from './perceptron-rule.ts';
export {
  DEFAULT_PERCEPTRON_LEARNING_RATE, DEFAULT_PERCEPTRON_MAX_EPOCHS, MAX_PERCEPTRON_EPOCHS, type PerceptronOptions,
} from './perceptron-options.ts';
export { accuracyCeiling, accuracyOfUnit, correctByUnit, distinctOutputs, stepUnitOutput, weightedSumOf, type UnitWeights } from './step-unit.ts';
export { stepGradientAt } from './step-gradient.ts';
export {
  gradientDescentOnUnit, gradientDescentOnUnitInSlices, DEFAULT_DESCENT_LEARNING_RATE, DEFAULT_DESCENT_SLICE_MS, DEFAULT_DESCENT_STEPS,
  type SlicedDescentOptions, type UnitDescentOptions, type UnitDescentResult, type UnitDescentStep,
} from './unit-descent.ts';
export { threeBlobs, THREE_BLOB_CENTRES, THREE_BLOB_CLASS_NAMES } from './three-blobs.ts';
