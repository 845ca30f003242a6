/**
 * Loss and accuracy for each output kind, written to be numerically stable:
 * binary cross-entropy from logits as softplus(z) − z·y (tfjs computes softplus without overflow),
 * categorical cross-entropy through logSoftmax, squared error for linear outputs.
 * Probability outputs (a model with a fused output activation) are clipped away from 0 and 1.
 */
import { tf } from '../tfjs.ts';
import type { ModelHead } from './head.ts';

export const PROBABILITY_EPSILON = 1e-7;

function binaryCrossEntropy(outputs: tf.Tensor, targets: tf.Tensor, fromLogits: boolean): tf.Scalar {
  if (fromLogits) return tf.mean(tf.sub(tf.softplus(outputs), tf.mul(outputs, targets))) as tf.Scalar;
  const p = tf.clipByValue(outputs, PROBABILITY_EPSILON, 1 - PROBABILITY_EPSILON);
  const perPoint = tf.add(tf.mul(targets, tf.log(p)), tf.mul(tf.sub(1, targets), tf.log(tf.sub(1, p))));
  return tf.neg(tf.mean(perPoint)) as tf.Scalar;
}

function categoricalCrossEntropy(outputs: tf.Tensor, oneHot: tf.Tensor, fromLogits: boolean): tf.Scalar {
  const logProbabilities = fromLogits
    ? tf.logSoftmax(outputs)
    : tf.log(tf.clipByValue(outputs, PROBABILITY_EPSILON, 1));
  return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, logProbabilities), 1))) as tf.Scalar;
}

/** Mean loss over the batch. `targets` is [n, 1] for sigmoid and linear, one-hot [n, k] for softmax. */
export function lossOf(head: ModelHead, outputs: tf.Tensor, targets: tf.Tensor): tf.Scalar {
  switch (head.output) {
    case 'sigmoid':
      return binaryCrossEntropy(outputs, targets, head.fromLogits);
    case 'softmax':
      return categoricalCrossEntropy(outputs, targets, head.fromLogits);
    case 'linear':
      return tf.mean(tf.squaredDifference(outputs, targets)) as tf.Scalar;
  }
}

/** Fraction of correct predictions, or undefined for regression. */
export function accuracyOf(head: ModelHead, outputs: tf.Tensor, targets: tf.Tensor): tf.Scalar | undefined {
  switch (head.output) {
    case 'sigmoid': {
      const threshold = head.fromLogits ? 0 : 0.5;
      return tf.mean(tf.cast(tf.equal(tf.cast(tf.greater(outputs, threshold), 'float32'), targets), 'float32')) as tf.Scalar;
    }
    case 'softmax':
      return tf.mean(tf.cast(tf.equal(tf.argMax(outputs, 1), tf.argMax(targets, 1)), 'float32')) as tf.Scalar;
    case 'linear':
      return undefined;
  }
}
