/**
 * Checks a collapsed layer against the deep model it came from: both are run on the same points and
 * the largest disagreement is reported, before the output activation (logits) and after it.
 */
import { tf } from '../tfjs.ts';
import { logistic } from '../activations/index.ts';
import { yieldToEventLoop } from '../train/yield.ts';
import type { CollapsedLayer } from './collapse-linear.ts';

/** compareWithCollapsedInSlices: points compared per task (a few milliseconds of tfjs work). */
export const COMPARE_CHUNK_POINTS = 250;

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

function checkPoints(layer: CollapsedLayer, xs: readonly (readonly number[])[]): void {
  const inputSize = layer.weights.length;
  if (!Array.isArray(xs) || xs.length === 0) throw new Error('compareWithCollapsed needs at least one point.');
  if (!xs.every((x) => x.length === inputSize && x.every(Number.isFinite))) {
    throw new Error(`compareWithCollapsed needs points of ${inputSize} finite numbers.`);
  }
}

function compareChecked(model: tf.Sequential, layer: CollapsedLayer, xs: readonly (readonly number[])[]): CollapseComparison {
  const inputSize = layer.weights.length;
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

export function compareWithCollapsed(model: tf.Sequential, layer: CollapsedLayer, xs: readonly (readonly number[])[]): CollapseComparison {
  checkPoints(layer, xs);
  return compareChecked(model, layer, xs);
}

/**
 * The same comparison, a chunk of points per task with a yield to the event loop in between, so a
 * page stays responsive while thousands of points are checked. The largest gaps are those over all points.
 */
export async function compareWithCollapsedInSlices(
  model: tf.Sequential, layer: CollapsedLayer, xs: readonly (readonly number[])[], chunkPoints = COMPARE_CHUNK_POINTS,
): Promise<CollapseComparison> {
  if (!Number.isInteger(chunkPoints) || chunkPoints < 1) {
    throw new Error(`compareWithCollapsedInSlices: chunkPoints must be a positive integer, got ${String(chunkPoints)}.`);
  }
  checkPoints(layer, xs);
  const total: CollapseComparison = { points: 0, maxLogitDifference: 0, maxOutputDifference: 0, largestLogit: 0 };
  for (let start = 0; start < xs.length; start += chunkPoints) {
    if (start > 0) await yieldToEventLoop();
    const part = compareChecked(model, layer, xs.slice(start, start + chunkPoints));
    total.points += part.points;
    total.maxLogitDifference = Math.max(total.maxLogitDifference, part.maxLogitDifference);
    total.maxOutputDifference = Math.max(total.maxOutputDifference, part.maxOutputDifference);
    total.largestLogit = Math.max(total.largestLogit, part.largestLogit);
  }
  return total;
}
