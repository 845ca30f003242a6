export type {
  ActivationEntry,
  ActivationProperties,
  Cost,
  DefaultDifference,
  FrameworkNames,
  FrameworkUsage,
  OutputRange,
  ParamChoice,
  ParamSpec,
  ParamValues,
  Saturation,
  ScalarActivation,
  ScalarSlice,
  TfjsActivationId,
  VectorActivation,
} from './types.ts';
export {
  activationIds,
  getActivation,
  getScalarActivation,
  hasActivation,
  listActivations,
  type ListOptions,
} from './catalog.ts';
export {
  FALLBACK_ACTIVATION_ID,
  requireValidParams,
  validateChoice,
  validateParams,
  type ValidatedChoice,
  type ValidatedParams,
} from './validate-params.ts';
export { withDefaults } from './param-defaults.ts';
export { activationLayerFor, type ActivationLayerSpec } from './layers/activation-layer-for.ts';
export { catalogActivationClass, type CatalogActivation, type CatalogActivationArgs } from './layers/catalog-activation-layer.ts';
export { trainableSwishClass, type TrainableSwish, type TrainableSwishArgs } from './layers/trainable-swish.ts';
export { SILU_MINIMUM, swishMinimum } from './functions/swish.ts';
export { GELU_MINIMUM } from './functions/gelu.ts';
export { GELU_TANH_MINIMUM } from './functions/gelu-tanh.ts';
export { MISH_MINIMUM } from './functions/mish.ts';
export { SELU_ALPHA, SELU_LAMBDA } from './functions/selu.ts';
export { erf, erfc, logistic, normalCdf, normalPdf, softplus as softplusScalar } from './scalar-math.ts';
