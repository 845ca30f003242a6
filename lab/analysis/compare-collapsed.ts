/**
 * Checks a collapsed layer against the deep model it came from: both are run on the same points and
 * the largest disagreement is reported, before the output activation (logits) and after it.
 */
import { tf } from '../tfjs.ts';
import { logistic } from '../activations/index.ts';
import type { CollapsedLayer } from './collapse-linear.ts';

export interface CollapseComparison {
  points: number;
  /** max |deep − collapsed| of the values fed to the output activation. */
  maxLogitDifference: number;
  /** max |deep − collapsed| of the model's outputs (probabilities for sigmoid and softmax). */
  maxOutputDifference: number;
  /** max |z| of the collapsed layer over the points: float32 rounding grows in proportion to it. */
  largestLogit: number;
}

/** x·W + b for every row, in double precision. */
export function collapsedLogits(layer: CollapsedLayer, xs: readonly (readonly number[])[]): number[][] {
  return xs.map((x) => layer.bias.map((b, j) => x.reduce((sum, xi, i) => sum + xi * layer.weights[i]![j]!, b)));
}

function applyOutput(kind: CollapsedLayer['output'], logits: number[]): number[] {
  if (kind === 'sigmoid') return logits.map(logistic);
  if (kind === 'softmax') {
    const top = Math.max(...logits);
    const exps = logits.map((z) => Math.exp(z - top));
    const total = exps.reduce((sum, e) => sum + e, 0);
    return exps.map((e) => e / total);
  }
  return logits;
}

function largestGap(a: ArrayLike<number>, b: readonly number[]): number {
  let largest = 0;
  for (let i = 0; i < b.length; i++) largest = Math.max(largest, Math.abs((a[i] ?? NaN) - b[i]!));
  return largest;
}

export function compareWithCollapsed(model: tf.Sequential, layer: CollapsedLayer, xs: readonly (readonly number[])[]): CollapseComparison {
  const inputSize = layer.weights.length;
  if (xs.length === 0) throw new Error('compareWithCollapsed needs at least one point.');
  if (!xs.every((x) => x.length === inputSize && x.every(Number.isFinite))) {
    throw new Error(`compareWithCollapsed needs points of ${inputSize} finite numbers.`);
  }
  const logitLayers = layer.output === 'linear' ? model.layers : model.layers.slice(0, -1);
  const [deepLogits, deepOutputs] = tf.tidy(() => {
    const input = tf.tensor2d(xs as number[][], [xs.length, inputSize]);
    const logits = logitLayers.reduce<tf.Tensor>((h, l) => l.apply(h, { training: false }) as tf.Tensor, input);
    return [logits, model.predict(input) as tf.Tensor];
  });
  try {
    const logits = collapsedLogits(layer, xs);
    const outputs = logits.map((row) => applyOutput(layer.output, row));
    return {
      points: xs.length,
      maxLogitDifference: largestGap(deepLogits.dataSync(), logits.flat()),
      maxOutputDifference: largestGap(deepOutputs.dataSync(), outputs.flat()),
      largestLogit: logits.flat().reduce((largest, z) => Math.max(largest, Math.abs(z)), 0),
    };
  } finally {
    tf.dispose([deepLogits, deepOutputs]);
  }
}
