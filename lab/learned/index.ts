export {
  applyBase,
  BASE_FUNCTION_IDS,
  baseFunctionLabel,
  baseValue,
  checkBaseFunctions,
  DEFAULT_BASE_FUNCTIONS,
  isBaseFunctionId,
  MIN_BASE_FUNCTIONS,
  type BaseFunctionId,
} from './base-functions.ts';
export {
  checkCombinationMode,
  COMBINATION_MODES,
  coefficientsFromRaw,
  coefficientsTensor,
  DEFAULT_COMBINATION_MODE,
  initialRaw,
  isCombinationMode,
  type CombinationMode,
} from './coefficients.ts';
export { learnedActivationClass, type LearnedActivation, type LearnedActivationArgs } from './learned-activation-layer.ts';
export { buildLearnedModel, learnedLayers, readCoefficients, type LearnedModelConfig } from './learned-model.ts';
export { mixValue, sampleMix, SHAPE_RANGE, SHAPE_SAMPLES, type ShapePoint } from './learned-shape.ts';
export {
  describeMix,
  FIXED_ARM_IDS,
  LEARNED_ARM_ID,
  learnedArmLabel,
  learnedArms,
  type CoefficientRows,
  type LearnedMix,
  type LearnedNetwork,
} from './learned-arms.ts';
