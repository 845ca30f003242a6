/** Loss and accuracy of a model on a split, computed in one tidy and read without blocking. */
import { tf } from '../tfjs.ts';
import type { Split } from '../types.ts';
import { readHead, type ModelHead } from './head.ts';
import { accuracyOf, lossOf } from './losses.ts';
import { checkSplit, disposeSplitTensors, splitToTensors, type SplitTensors } from './tensors.ts';

export interface Evaluation {
  loss: number;
  /** Undefined for regression models. */
  accuracy?: number;
}

/** [loss, accuracy] (accuracy NaN for regression) as one tensor, so a single read fetches both. */
export function metricsTensor(head: ModelHead, split: SplitTensors): tf.Tensor1D {
  return tf.tidy(() => {
    const outputs = head.forward(split.xs);
    const accuracy = accuracyOf(head, outputs, split.targets) ?? tf.scalar(NaN);
    return tf.stack([lossOf(head, outputs, split.targets), accuracy]) as tf.Tensor1D;
  });
}

export function toEvaluation(values: ArrayLike<number>): Evaluation {
  const loss = values[0] ?? NaN;
  const accuracy = values[1] ?? NaN;
  return Number.isNaN(accuracy) ? { loss } : { loss, accuracy };
}

export async function evaluate(model: tf.Sequential, split: Split): Promise<Evaluation> {
  const head = readHead(model);
  checkSplit(split, head, 'evaluated');
  if (split.xs.length === 0) throw new Error('evaluate needs a non-empty split.');
  const tensors = splitToTensors(split, head);
  try {
    const metrics = metricsTensor(head, tensors);
    const values = await metrics.data();
    metrics.dispose();
    return toEvaluation(values);
  } finally {
    disposeSplitTensors(tensors);
  }
}
