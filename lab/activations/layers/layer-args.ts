import { tf } from '../../tfjs.ts';

/** tfjs-layers' LayerArgs, which its package index does not export by name. */
export type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

export const SERIALIZATION_PACKAGE = 'ActivationLab';

export function singleTensor(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
  if (!Array.isArray(inputs)) return inputs;
  if (inputs.length !== 1) throw new Error(`An activation layer takes one input tensor, got ${inputs.length}.`);
  return inputs[0];
}

/**
 * A layer class of ours, defined and registered with tfjs (for saving and loading models) the first
 * time it is asked for. TensorFlow.js loads on demand, so a class extending tf.layers.Layer cannot
 * exist before it; tfjs's own class registry keeps it afterwards, so lab holds no class of its own.
 */
export function registeredLayerClass<C extends tf.serialization.SerializableConstructor<tf.layers.Layer>>(className: string, define: () => C): C {
  const known = tf.serialization.SerializationMap.getMap().classNameMap[className];
  if (known) return known[0] as unknown as C;
  return tf.serialization.registerClass(define(), SERIALIZATION_PACKAGE) as C;
}
