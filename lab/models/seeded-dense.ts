/**
 * The layers every model builder makes the same way, so that two builders given the same config and
 * seed start from identical weights: a fixed rescaling in front when inputScale is not 1, and dense
 * layers whose kernels come from the chosen initializer seeded per layer (biases start at zero),
 * stacked with the output layer into a Sequential by stackNetwork.
 */
import { tf } from '../tfjs.ts';
import type { InitializerId } from '../types.ts';
import { deriveSeed } from '../rng.ts';
import type { ResolvedModelConfig } from './config.ts';

export const KERNEL_INITIALIZERS: Readonly<Record<InitializerId, (seed: number) => ReturnType<typeof tf.initializers.glorotUniform>>> = {
  glorot: (seed) => tf.initializers.glorotUniform({ seed }),
  he: (seed) => tf.initializers.heNormal({ seed }),
  lecun: (seed) => tf.initializers.leCunNormal({ seed }),
};

export type DenseActivation = NonNullable<Parameters<typeof tf.layers.dense>[0]['activation']>;

const isScaled = (resolved: ResolvedModelConfig): boolean => resolved.inputScale !== 1;

/** Dense layer number layerIndex (0 = first hidden layer); the first one takes the input shape unless a rescaling layer does. */
export function seededDense(resolved: ResolvedModelConfig, layerIndex: number, units: number, activation: DenseActivation = 'linear'): tf.layers.Layer {
  return tf.layers.dense({
    units,
    activation,
    useBias: resolved.useBias,
    kernelInitializer: KERNEL_INITIALIZERS[resolved.initializer](deriveSeed(resolved.seed, 'layer', layerIndex)),
    biasInitializer: 'zeros',
    ...(layerIndex === 0 && !isScaled(resolved) ? { inputShape: [resolved.inputSize] } : {}),
  });
}

/** Puts the fixed input rescaling first when the config asks for one. */
export function addInputRescaling(model: tf.Sequential, resolved: ResolvedModelConfig): void {
  if (isScaled(resolved)) model.add(tf.layers.rescaling({ scale: resolved.inputScale, inputShape: [resolved.inputSize] }));
}

/**
 * A Sequential around the hidden layers: the input rescaling, addHidden for each hidden layer (its
 * dense layer and activation), then the linear output dense layer and its own activation layer.
 * If any layer cannot be built, the half-built model is disposed and the error passes on.
 */
export function stackNetwork(resolved: ResolvedModelConfig, addHidden: (model: tf.Sequential, layerIndex: number, units: number) => void): tf.Sequential {
  const model = tf.sequential();
  try {
    addInputRescaling(model, resolved);
    resolved.hidden.forEach((units, index) => addHidden(model, index, units));
    model.add(seededDense(resolved, resolved.hidden.length, resolved.outputSize));
    if (resolved.output !== 'linear') model.add(tf.layers.activation({ activation: resolved.output }));
  } catch (error) {
    model.dispose();
    throw error;
  }
  return model;
}
