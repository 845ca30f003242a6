import type { tf } from '../../tfjs.ts';

/** tfjs-layers' LayerArgs, which its package index does not export by name. */
export type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

export const SERIALIZATION_PACKAGE = 'ActivationLab';

export function singleTensor(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
  if (!Array.isArray(inputs)) return inputs;
  if (inputs.length !== 1) throw new Error(`An activation layer takes one input tensor, got ${inputs.length}.`);
  return inputs[0];
}
