/**
 * The one place lab/ imports TensorFlow.js from, so the entry point (full bundle, or core + layers
 * + chosen backends) can change in one line.
 */
import * as tf from '@tensorflow/tfjs';

export { tf };
