/**
 * buildLearnedModel: the same network buildModel makes (dense layers with the same seeded initial
 * weights), with a LearnedActivation after every hidden dense layer instead of a catalog activation.
 * With the same seed, a learned run and a fixed-activation run start from identical weights.
 */
import { tf } from '../tfjs.ts';
import type { ModelConfig } from '../types.ts';
import { resolveModelConfig } from '../models/config.ts';
import { seededDense, stackNetwork } from '../models/seeded-dense.ts';
import type { BaseFunctionId } from './base-functions.ts';
import type { CombinationMode } from './coefficients.ts';
import { learnedActivationClass, type LearnedActivation } from './learned-activation-layer.ts';

export interface LearnedModelConfig extends Omit<ModelConfig, 'activation'> {
  bases: readonly BaseFunctionId[];
  mode: CombinationMode;
}

/** Validates like buildModel (a placeholder activation stands in for the learned one). */
function resolve(config: LearnedModelConfig) {
  if (config === null || typeof config !== 'object') throw new Error('Model: config must be an object.');
  return resolveModelConfig({ ...config, activation: { id: 'linear' } });
}

export function buildLearnedModel(config: LearnedModelConfig): tf.Sequential {
  const resolved = resolve(config);
  if (resolved.hidden.length === 0) throw new Error('Learned activation: the network needs at least one hidden layer to learn an activation for.');
  return stackNetwork(resolved, (model, index, units) => {
    model.add(seededDense(resolved, index, units));
    model.add(new (learnedActivationClass())({ bases: config.bases, mode: config.mode }));
  });
}

/** The model's learned activation layers, first hidden layer first. */
export function learnedLayers(model: tf.LayersModel): LearnedActivation[] {
  return model.layers.filter((layer): layer is LearnedActivation => layer instanceof learnedActivationClass());
}

/** Current coefficients of every learned layer: one row per hidden layer, one value per base function. */
export function readCoefficients(model: tf.LayersModel): number[][] {
  return learnedLayers(model).map((layer) => layer.coefficients());
}
