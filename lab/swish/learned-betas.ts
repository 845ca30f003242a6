/** The β values of a model's trainable Swish layers, read after (or during) training. */
import type { tf } from '../tfjs.ts';
import { trainableSwishClass, type TrainableSwish } from '../activations/layers/trainable-swish.ts';

/** One row per trainable Swish layer (first hidden layer first): one β, or one per unit. */
export function readBetas(model: tf.LayersModel): number[][] {
  return model.layers.filter((layer): layer is TrainableSwish => layer instanceof trainableSwishClass()).map((layer) => layer.betaValues());
}
