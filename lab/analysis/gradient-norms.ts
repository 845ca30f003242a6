/**
 * ‖∂L/∂W‖ (Frobenius norm) for the weight matrix of every hidden dense layer, for one batch, with the
 * same loss the trainer minimises. Everything runs inside one tf.tidy; only the norms are read back.
 */
import { tf } from '../tfjs.ts';
import type { Split } from '../types.ts';
import { readHead } from '../train/head.ts';
import { lossOf } from '../train/losses.ts';
import { checkSplit, disposeSplitTensors, splitToTensors } from '../train/tensors.ts';
import { hiddenDenseLayers, kernelVariable } from './dense-layers.ts';

/** One number per hidden layer, first to last, for the given batch tensors. */
export function layerGradientNormsTensor(model: tf.Sequential, xs: tf.Tensor, targets: tf.Tensor): tf.Tensor1D {
  const head = readHead(model);
  const kernels = hiddenDenseLayers(model).map(kernelVariable);
  return tf.tidy(() => {
    const { grads } = tf.variableGrads(() => lossOf(head, head.forward(xs), targets), kernels);
    return tf.stack(kernels.map((kernel) => tf.norm(grads[kernel.name]!))) as tf.Tensor1D;
  });
}

/** ‖∂L/∂W_l‖ for l = 1 … number of hidden layers, on the whole batch. */
export async function layerGradientNorms(model: tf.Sequential, batch: Split): Promise<number[]> {
  const head = readHead(model);
  checkSplit(batch, head, 'gradient');
  if (batch.xs.length === 0) throw new Error('Gradient norms need a non-empty batch.');
  const tensors = splitToTensors(batch, head);
  try {
    const norms = layerGradientNormsTensor(model, tensors.xs, tensors.targets);
    const values = await norms.data();
    norms.dispose();
    return Array.from(values);
  } finally {
    disposeSplitTensors(tensors);
  }
}

/** How many times larger the last layer's gradient is than the first's (Infinity when the first is 0). */
export function lastToFirstRatio(norms: readonly number[]): number {
  if (norms.length === 0) return NaN;
  const first = norms[0]!;
  const last = norms[norms.length - 1]!;
  if (first === 0) return last === 0 ? NaN : Infinity;
  return last / first;
}
