import type { tf } from '../../tfjs.ts';
import type { ActivationChoice } from '../../types.ts';
import { getActivation } from '../catalog.ts';
import type { TfjsActivationId } from '../types.ts';
import { requireValidParams } from '../validate-params.ts';
import { catalogActivationClass } from './catalog-activation-layer.ts';

/** Exactly one of the two is set. */
export interface ActivationLayerSpec {
  /** Pass as `activation` to tf.layers.dense so tfjs fuses it into the layer. */
  builtin?: TfjsActivationId;
  /** Add after a dense layer that has no activation. */
  layer?: () => tf.layers.Layer;
}

/**
 * How to put a catalog activation into a tfjs model: a built-in string when tfjs computes exactly this
 * function with these parameters, else a factory for a layer (trainable for PReLU and trainable Swish).
 * Throws for an unknown id or invalid parameters.
 */
export function activationLayerFor(choice: ActivationChoice): ActivationLayerSpec {
  const entry = getActivation(choice.id);
  const params = requireValidParams(choice);
  const trainable = entry.trainableLayer?.(params);
  if (trainable != null) return { layer: trainable };
  const builtin = entry.tfjsBuiltin(params);
  if (builtin != null) return { builtin };
  return { layer: () => new (catalogActivationClass())({ activationId: entry.id, params }) };
}
