export { centralDifference, centralDifferenceStep } from './finite-difference.ts';
export { linearGrid, randomPoints } from './sample-grid.ts';
export {
  checkDerivatives, worstDerivativeError, DERIVATIVE_POINTS, DERIVATIVE_RANGE, KINK_MARGIN,
  type DerivativeCheck, type DerivativeCheckOptions, type DerivativeSample, type ErrorPeak,
} from './derivative-check.ts';
export { denseLayers, hiddenDenseLayers, kernelVariable } from './dense-layers.ts';
export { layerGradientNorms, layerGradientNormsTensor, lastToFirstRatio } from './gradient-norms.ts';
export { initialGradientNorms } from './initial-gradient-norms.ts';
export { deepBatch, DEEP_BATCH_SIZE, DEEP_INPUT_SIZE, type DeepBatchOptions } from './deep-batch.ts';
export {
  deepNetworkConfig, gradientSnapshot, gradientTrackingPlan, type DeepNetworkOptions, type GradientRunOptions, type GradientSnapshot,
} from './gradient-tracking.ts';
export { hiddenActivations } from './hidden-activations.ts';
export { countDeadUnits, type DeadUnitReport, type LayerDeadUnits } from './dead-units.ts';
export {
  deadUnitSnapshot, dyingReluPlan, DYING_RELU_ARMS, type DeadUnitSnapshot, type DyingReluArm, type DyingReluConfig,
} from './dying-relu-plan.ts';
export { DYING_RELU_PRESET, VANISHING_PRESET } from './presets.ts';
export { collapseLinearStack, findNonlinearLayer, type CollapsedLayer } from './collapse-linear.ts';
export { collapsedLogits, compareWithCollapsed, compareWithCollapsedInSlices, COMPARE_CHUNK_POINTS, type CollapseComparison } from './compare-collapsed.ts';
export {
  linearCollapsePlan, collapseDataset, collapseModelConfig, COLLAPSE_INPUT_SCALE, LINEAR_COLLAPSE_DEFAULTS, LINEAR_COLLAPSE_LIMITS, NONLINEAR_CHOICES,
  NONLINEAR_TARGET, type LinearCollapseSettings, type ModelRole, type NonlinearChoice,
} from './linear-collapse-experiment.ts';
export { collapseAndCheck, collapseAndCheckInSlices, collapseCheckPoints, COLLAPSE_CHECK_GRID, type CollapseCheck } from './collapse-check.ts';
