/**
 * The output of every hidden layer of a Sequential model (after its activation), found as the input
 * of each dense layer after the first. Works whether the activation is fused into the dense layer or
 * follows it as its own layer. Call inside tf.tidy: the returned tensors belong to the caller.
 */
import type { tf } from '../tfjs.ts';

const DENSE_CLASS = 'Dense';

export function hiddenActivations(model: tf.Sequential, xs: tf.Tensor): tf.Tensor[] {
  const captured: tf.Tensor[] = [];
  let seenDense = false;
  let h = xs;
  for (const layer of model.layers) {
    if (layer.getClassName() === DENSE_CLASS) {
      if (seenDense) captured.push(h);
      seenDense = true;
    }
    h = layer.apply(h, { training: false }) as tf.Tensor;
  }
  return captured;
}
