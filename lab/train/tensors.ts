/** Checks a data set against a model and turns its splits into tensors the loop can reuse every epoch. */
import { tf } from '../tfjs.ts';
import type { Dataset, Split } from '../types.ts';
import type { ModelHead } from './head.ts';

export interface SplitTensors {
  xs: tf.Tensor2D;
  /** [n, 1] labels or values for sigmoid/linear; one-hot [n, k] for softmax. */
  targets: tf.Tensor2D;
  size: number;
}

/** What the checks read of a network: its input and output sizes and its output kind. */
export type NetworkEnds = Pick<ModelHead, 'inputSize' | 'outputSize' | 'output'>;

export function checkSplit(split: Split, head: NetworkEnds, name: string): void {
  if (!split || !Array.isArray(split.xs) || !Array.isArray(split.ys) || split.xs.length !== split.ys.length) {
    throw new Error(`The ${name} split needs xs and ys of the same length.`);
  }
  split.xs.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== head.inputSize || !row.every(Number.isFinite)) {
      throw new Error(`The ${name} split's point ${i} must be ${head.inputSize} finite numbers (the model's input size).`);
    }
  });
  const classes = head.output === 'sigmoid' ? 2 : head.outputSize;
  split.ys.forEach((y, i) => {
    const valid = head.output === 'linear' ? Number.isFinite(y) : Number.isInteger(y) && y >= 0 && y < classes;
    if (!valid) {
      const expected = head.output === 'linear' ? 'a finite number' : `a class label from 0 to ${classes - 1}`;
      throw new Error(`The ${name} split's label ${i} must be ${expected}, got ${String(y)}.`);
    }
  });
}

/** Throws a readable Error when the data set and the model's output do not fit together. */
export function checkDatasetFitsModel(dataset: Dataset, head: NetworkEnds): void {
  if (!dataset || typeof dataset !== 'object') throw new Error('Training needs a data set.');
  if (dataset.inputSize !== head.inputSize) {
    throw new Error(`The data set has ${dataset.inputSize} inputs but the model expects ${head.inputSize}.`);
  }
  const expectedClasses = head.output === 'linear' ? 0 : head.output === 'sigmoid' ? 2 : head.outputSize;
  if (dataset.numClasses !== expectedClasses) {
    const advice = dataset.numClasses === 0
      ? 'a regression data set needs a linear output'
      : `a ${dataset.numClasses}-class data set needs ${dataset.numClasses === 2 ? 'a sigmoid output (1 unit) or ' : ''}a softmax output with ${dataset.numClasses} units`;
    throw new Error(`The data set does not fit a ${head.output} output with ${head.outputSize} unit(s): ${advice}.`);
  }
  checkSplit(dataset.train, head, 'train');
  if (dataset.train.xs.length === 0) throw new Error('The train split is empty.');
  checkSplit(dataset.test, head, 'test');
}

export function splitToTensors(split: Split, head: ModelHead): SplitTensors {
  const size = split.ys.length;
  return tf.tidy(() => ({
    xs: tf.tensor2d(split.xs, [size, head.inputSize]),
    targets: head.output === 'softmax'
      ? (tf.oneHot(tf.tensor1d(split.ys, 'int32'), head.outputSize).toFloat() as tf.Tensor2D)
      : tf.tensor2d(split.ys, [size, 1]),
    size,
  }));
}

export function disposeSplitTensors(tensors: SplitTensors | undefined): void {
  if (tensors) tf.dispose([tensors.xs, tensors.targets]);
}
