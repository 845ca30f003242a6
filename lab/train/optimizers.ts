import { tf } from '../tfjs.ts';
import type { OptimizerId } from '../types.ts';

export const OPTIMIZER_IDS: readonly OptimizerId[] = ['sgd', 'momentum', 'adam', 'rmsprop'];
export const MOMENTUM = 0.9;

export function makeOptimizer(id: OptimizerId, learningRate: number): tf.Optimizer {
  switch (id) {
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'momentum':
      return tf.train.momentum(learningRate, MOMENTUM);
    case 'adam':
      return tf.train.adam(learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate);
  }
}

/**
 * Disposes an optimizer and its state. tfjs 4.22's MomentumOptimizer.dispose() forgets the
 * learning-rate scalar it inherits from SGDOptimizer, so that one is disposed here as well.
 */
export function disposeOptimizer(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  const inheritedLearningRate = (optimizer as unknown as { c?: tf.Tensor }).c;
  if (inheritedLearningRate instanceof tf.Tensor && !inheritedLearningRate.isDisposed) inheritedLearningRate.dispose();
}
