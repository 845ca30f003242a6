/**
 * One training epoch: whole-batch, or shuffled mini-batches, each step optimizer.minimize inside tf.tidy.
 * An epoch of mini-batches may pause between two steps (so a page can paint) and go on later from the
 * same step, with the same batch order: pausing never changes what is computed.
 */
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

export interface EpochRun {
  /**
   * Trains steps until the epoch ends (returns its mean loss, a scalar the caller reads later and
   * disposes) or, after a step that is not the last, `pause()` answers true (returns undefined).
   */
  advance(pause: () => boolean): tf.Scalar | undefined;
  /** Frees the losses of a paused epoch. */
  dispose(): void;
}

/** Starts an epoch: shuffles the mini-batch order now, trains nothing yet. */
export function startEpoch(context: EpochContext): EpochRun {
  const { train, batchSize } = context;
  if (batchSize === undefined || batchSize >= train.size) {
    return { advance: () => step(context, train.xs, train.targets), dispose: () => undefined };
  }
  const order = context.rng.shuffle(Array.from({ length: train.size }, (_, i) => i));
  const weightedLosses: tf.Scalar[] = [];
  let start = 0;
  return {
    advance(pause) {
      while (start < train.size) {
        const batch = order.slice(start, start + batchSize);
        start += batchSize;
        weightedLosses.push(tf.tidy(() => {
          const indices = tf.tensor1d(batch, 'int32');
          const loss = step(context, tf.gather(train.xs, indices), tf.gather(train.targets, indices));
          return tf.mul(loss, batch.length / train.size) as tf.Scalar;
        }));
        if (start < train.size && pause()) return undefined;
      }
      const epochLoss = tf.tidy(() => tf.addN(weightedLosses) as tf.Scalar);
      tf.dispose(weightedLosses.splice(0));
      return epochLoss;
    },
    dispose: () => tf.dispose(weightedLosses.splice(0)),
  };
}
