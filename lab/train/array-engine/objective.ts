/**
 * Loss, its gradient with respect to the logits, and accuracy, for the three output kinds, written
 * as lab/train/losses.ts computes them with tfjs: binary cross-entropy from logits as
 * softplus(z) − z·y, categorical cross-entropy through a stable log-softmax, mean squared error.
 * `ys` holds one label (or value, for linear) per row.
 */
import type { OutputKind } from '../../types.ts';
import { tfjsSigmoid as sigmoid, tfjsSoftplus as softplus } from '../../activations/scalar-math.ts';

export interface ObjectiveInput {
  output: OutputKind;
  logits: Float32Array;
  ys: Float32Array;
  rows: number;
  /** Logits per row: 1 for sigmoid and linear, k for softmax. */
  width: number;
}

/** Mean loss over the rows; when `gradient` is given, fills it with dLoss/dlogits. */
export function lossAndGradient({ output, logits, ys, rows, width }: ObjectiveInput, gradient?: Float32Array): number {
  let total = 0;
  switch (output) {
    case 'sigmoid':
      for (let r = 0; r < rows; r++) {
        const z = logits[r]!;
        const y = ys[r]!;
        total += softplus(z) - z * y;
        if (gradient) gradient[r] = (sigmoid(z) - y) / rows;
      }
      return total / rows;
    case 'softmax':
      for (let r = 0; r < rows; r++) {
        const offset = r * width;
        let max = -Infinity;
        for (let j = 0; j < width; j++) max = Math.max(max, logits[offset + j]!);
        let sum = 0;
        for (let j = 0; j < width; j++) sum += Math.exp(logits[offset + j]! - max);
        const logSum = max + Math.log(sum);
        const label = ys[r]!;
        total -= logits[offset + label]! - logSum;
        if (gradient) {
          for (let j = 0; j < width; j++) {
            gradient[offset + j] = (Math.exp(logits[offset + j]! - logSum) - (j === label ? 1 : 0)) / rows;
          }
        }
      }
      return total / rows;
    case 'linear': {
      const count = rows * width;
      for (let i = 0; i < count; i++) {
        const difference = logits[i]! - ys[Math.floor(i / width)]!;
        total += difference * difference;
        if (gradient) gradient[i] = (2 * difference) / count;
      }
      return total / count;
    }
  }
}

/** Fraction of rows classified correctly (NaN for a linear output, which has no accuracy). */
export function accuracy({ output, logits, ys, rows, width }: ObjectiveInput): number {
  if (output === 'linear') return NaN;
  let correct = 0;
  for (let r = 0; r < rows; r++) {
    if (output === 'sigmoid') {
      if ((logits[r]! > 0 ? 1 : 0) === ys[r]) correct++;
      continue;
    }
    const offset = r * width;
    let best = 0;
    for (let j = 1; j < width; j++) if (logits[offset + j]! > logits[offset + best]!) best = j;
    if (best === ys[r]) correct++;
  }
  return correct / rows;
}
