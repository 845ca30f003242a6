/** One training epoch: whole-batch, or shuffled mini-batches, each step optimizer.minimize inside tf.tidy. */
import { tf } from '../tfjs.ts';
import type { Rng } from '../rng.ts';
import type { ModelHead } from './head.ts';
import { lossOf } from './losses.ts';
import type { SplitTensors } from './tensors.ts';

export interface EpochContext {
  head: ModelHead;
  optimizer: tf.Optimizer;
  variables: tf.Variable[];
  train: SplitTensors;
  batchSize?: number;
  /** Shuffles the mini-batch order each epoch. */
  rng: Rng;
}

function step(context: EpochContext, xs: tf.Tensor, targets: tf.Tensor): tf.Scalar {
  const { head, optimizer, variables } = context;
  return tf.tidy(() => optimizer.minimize(() => lossOf(head, head.forward(xs), targets), true, variables) as tf.Scalar);
}

/** Trains one epoch and returns its mean loss as a scalar tensor that the caller reads later and disposes. */
export function trainEpoch(context: EpochContext): tf.Scalar {
  const { train, batchSize } = context;
  if (batchSize === undefined || batchSize >= train.size) return step(context, train.xs, train.targets);

  const order = context.rng.shuffle(Array.from({ length: train.size }, (_, i) => i));
  const weightedLosses: tf.Scalar[] = [];
  for (let start = 0; start < train.size; start += batchSize) {
    const batch = order.slice(start, start + batchSize);
    weightedLosses.push(tf.tidy(() => {
      const indices = tf.tensor1d(batch, 'int32');
      const loss = step(context, tf.gather(train.xs, indices), tf.gather(train.targets, indices));
      return tf.mul(loss, batch.length / train.size) as tf.Scalar;
    }));
  }
  const epochLoss = tf.tidy(() => tf.addN(weightedLosses) as tf.Scalar);
  tf.dispose(weightedLosses);
  return epochLoss;
}
