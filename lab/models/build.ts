/**
 * buildModel: a tfjs Sequential from a plain ModelConfig. Hidden layers are dense layers whose
 * activation comes from the catalog (fused into the dense layer when tfjs has it built in, otherwise
 * a separate layer after a linear dense). The output is a linear dense layer followed, for sigmoid
 * and softmax, by its own activation layer, so the trainer can compute the loss from the logits.
 * An inputScale other than 1 puts a fixed rescaling layer in front.
 */
import { tf } from '../tfjs.ts';
import type { InitializerId, ModelConfig } from '../types.ts';
import { deriveSeed } from '../rng.ts';
import { activationLayerFor } from '../activations/index.ts';
import { resolveModelConfig } from './config.ts';

const KERNEL_INITIALIZERS: Readonly<Record<InitializerId, (seed: number) => ReturnType<typeof tf.initializers.glorotUniform>>> = {
  glorot: (seed) => tf.initializers.glorotUniform({ seed }),
  he: (seed) => tf.initializers.heNormal({ seed }),
  lecun: (seed) => tf.initializers.leCunNormal({ seed }),
};

type DenseActivation = NonNullable<Parameters<typeof tf.layers.dense>[0]['activation']>;

export function buildModel(config: ModelConfig): tf.Sequential {
  const resolved = resolveModelConfig(config);
  const model = tf.sequential();
  const scaled = resolved.inputScale !== 1;
  const dense = (layerIndex: number, units: number, activation: DenseActivation): tf.layers.Layer =>
    tf.layers.dense({
      units,
      activation,
      useBias: resolved.useBias,
      kernelInitializer: KERNEL_INITIALIZERS[resolved.initializer](deriveSeed(resolved.seed, 'layer', layerIndex)),
      biasInitializer: 'zeros',
      ...(layerIndex === 0 && !scaled ? { inputShape: [resolved.inputSize] } : {}),
    });

  try {
    if (scaled) model.add(tf.layers.rescaling({ scale: resolved.inputScale, inputShape: [resolved.inputSize] }));
    resolved.hidden.forEach((units, index) => {
      const choice = resolved.activations[index]!;
      const { builtin, layer } = activationLayerFor(choice);
      if (builtin === undefined && layer === undefined) {
        throw new Error(`Model: activation "${choice.id}" provides neither a built-in name nor a layer.`);
      }
      model.add(dense(index, units, (builtin ?? 'linear') as DenseActivation));
      if (builtin === undefined && layer) model.add(layer());
    });
    model.add(dense(resolved.hidden.length, resolved.outputSize, 'linear'));
    if (resolved.output !== 'linear') model.add(tf.layers.activation({ activation: resolved.output }));
  } catch (error) {
    model.dispose();
    throw error;
  }
  return model;
}
