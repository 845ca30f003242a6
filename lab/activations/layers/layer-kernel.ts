/**
 * How the array engine trains the activation of one hidden layer of a tfjs model: a Dense layer's
 * own activation name, or the activation layer after a linear Dense layer (a catalog activation,
 * tfjs's PReLU, a trainable Swish, or any layer of ours that offers a kernel, like the learned mix).
 * The maths always comes from the catalog entry; this file only reads the layer.
 */
import type { tf } from '../../tfjs.ts';
import { arrayKernelFor } from '../array-kernels.ts';
import { getActivation } from '../catalog.ts';
import type { ArrayKernel, WeightedKernel } from '../types.ts';
import { catalogActivationClass } from './catalog-activation-layer.ts';
import { trainableSwishClass, type TrainableSwish } from './trainable-swish.ts';

export type LayerKernel =
  /** `identity` marks the linear activation, whose output is its input. */
  | { kind: 'fixed'; kernel: ArrayKernel; identity: boolean }
  /** An activation with weights of its own: the variable holding them, and a kernel per network (it may keep scratch space). */
  | { kind: 'weighted'; weight: tf.LayerVariable; create(): WeightedKernel };

/** A layer of ours that trains on the array engine says how; undefined when it cannot. */
export interface ArrayKernelLayer {
  arrayKernelFor(units: number): LayerKernel | undefined;
}

function offersKernel(layer: tf.layers.Layer): layer is tf.layers.Layer & ArrayKernelLayer {
  return typeof (layer as Partial<ArrayKernelLayer>).arrayKernelFor === 'function';
}

function fixed(kernel: ArrayKernel | undefined, identity = false): LayerKernel | undefined {
  return kernel ? { kind: 'fixed', kernel, identity } : undefined;
}

/** The kernel for a tfjs activation name, as a Dense or Activation layer reports it. */
export function namedActivationKernel(name: string): LayerKernel | undefined {
  return fixed(arrayKernelFor(name), name === 'linear');
}

/** The layer's one weight when it has the shape the kernel expects and training may change it. */
function trainableWeight(layer: tf.layers.Layer, shapes: readonly (readonly number[])[]): tf.LayerVariable | undefined {
  const [weight] = layer.weights;
  if (!layer.trainable || layer.weights.length !== 1 || !weight?.trainable) return undefined;
  return shapes.some((shape) => shape.length === weight.shape.length && shape.every((size, i) => weight.shape[i] === size)) ? weight : undefined;
}

function preluKernel(layer: tf.layers.Layer, units: number): LayerKernel | undefined {
  const config = layer.getConfig();
  const plain = config.sharedAxes == null && config.alphaRegularizer == null && config.alphaConstraint == null;
  const weight = plain ? trainableWeight(layer, [[units]]) : undefined;
  const entry = getActivation('prelu');
  return weight && entry.weightedKernel ? { kind: 'weighted', weight, create: () => entry.weightedKernel!(units)! } : undefined;
}

function trainableSwishKernel(layer: TrainableSwish, units: number): LayerKernel | undefined {
  const weight = trainableWeight(layer, [layer.perUnit ? [units] : [1]]);
  const params = { beta: layer.initialBeta, trainable: 1, perUnit: layer.perUnit ? 1 : 0 };
  const entry = getActivation('swish');
  return weight && entry.weightedKernel ? { kind: 'weighted', weight, create: () => entry.weightedKernel!(units, params)! } : undefined;
}

/** The kernel for an activation layer after a linear Dense layer of `units` units, or undefined when only tfjs trains it. */
export function activationLayerKernel(layer: tf.layers.Layer, units: number): LayerKernel | undefined {
  if (layer instanceof catalogActivationClass()) {
    const kernel = getActivation(layer.activationId).arrayKernel?.(layer.params);
    return fixed(kernel, layer.activationId === 'linear' && layer.params.c === 1);
  }
  if (layer instanceof trainableSwishClass()) return trainableSwishKernel(layer, units);
  if (offersKernel(layer)) return layer.arrayKernelFor(units);
  switch (layer.getClassName()) {
    case 'PReLU': return preluKernel(layer, units);
    case 'Activation': return namedActivationKernel(String(layer.getConfig().activation));
    default: return undefined;
  }
}
