/**
 * The training settings whose defaults differ between Keras 3, PyTorch and TensorFlow.js, fixed to
 * the values lab's trainer uses (tfjs's own defaults), so every generated program writes them out.
 */
import { MOMENTUM } from '../train/optimizers.ts';

/** tfjs and Keras use 1e-7 (float32's backend epsilon); PyTorch's Adam and RMSprop default to 1e-8. */
export const OPTIMIZER_EPSILON = 1e-7;
export const ADAM_BETA_1 = 0.9;
export const ADAM_BETA_2 = 0.999;
/** Decay of RMSprop's mean square: tfjs "decay" and Keras "rho" default to 0.9, PyTorch's "alpha" to 0.99. */
export const RMSPROP_DECAY = 0.9;
export const SGD_MOMENTUM = MOMENTUM;

/**
 * A normal truncated at two standard deviations has 0.8796… of the nominal standard deviation;
 * tfjs and Keras divide by it so the truncated draw keeps the intended variance.
 */
export const TRUNCATED_NORMAL_STD = 0.87962566103423978;

/** Variance scale of each kernel initialiser (fan-in based for He and LeCun). */
export const INITIALIZER_SCALE = { he: 2, lecun: 1 } as const;
