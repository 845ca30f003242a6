export {
  BIAS_BLOBS, BIAS_CLASSIFIER_TRAINING, BIAS_LINE, BIAS_NETWORK, BIAS_REGRESSION_TRAINING, DEFAULT_BIAS_SEED, DEFAULT_SHIFT,
  MAX_SHIFT, MIN_SHIFT, biasBlobs, biasClassifierConfig, biasLine, biasRegressorConfig, biasTrainingFor, checkShift, type BiasTask,
} from './bias-setup.ts';
export { leastSquaresLine, leastSquaresThroughOrigin, meanSquaredError, type Line } from './least-squares.ts';
export { biasArm, biasArmId, biasArms, readLine, type BiasArmOptions } from './bias-arms.ts';
