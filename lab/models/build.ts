/**
 * buildModel: a tfjs Sequential from a plain ModelConfig. Hidden layers are dense layers whose
 * activation comes from the catalog (fused into the dense layer when tfjs has it built in, otherwise
 * a separate layer after a linear dense). The output is a linear dense layer followed, for sigmoid
 * and softmax, by its own activation layer, so the trainer can compute the loss from the logits.
 * An inputScale other than 1 puts a fixed rescaling layer in front.
 */
import { tf } from '../tfjs.ts';
import type { ModelConfig } from '../types.ts';
import { activationLayerFor } from '../activations/index.ts';
import { resolveModelConfig } from './config.ts';
import { seededDense, stackNetwork, type DenseActivation } from './seeded-dense.ts';

export { KERNEL_INITIALIZERS } from './seeded-dense.ts';

export function buildModel(config: ModelConfig): tf.Sequential {
  const resolved = resolveModelConfig(config);
  return stackNetwork(resolved, (model, index, units) => {
    const choice = resolved.activations[index]!;
    const { builtin, layer } = activationLayerFor(choice);
    if (builtin === undefined && layer === undefined) {
      throw new Error(`Model: activation "${choice.id}" provides neither a built-in name nor a layer.`);
    }
    model.add(seededDense(resolved, index, units, (builtin ?? 'linear') as DenseActivation));
    if (builtin === undefined && layer) model.add(layer());
  });
}
