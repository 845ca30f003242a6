/**
 * buildLearnedModel's network as one of lab's own, with no tfjs model: the same seeded dense layers,
 * each hidden one followed by the learned mix (learned-kernel.ts), whose free parameters start at the
 * equal mix as LearnedActivation's do (stored as float32, as tfjs stores them). So the learned arm
 * trains on lab's array engine exactly as it would from the tfjs model, without loading TensorFlow.js;
 * the coefficients probe reads c from the trained free parameters.
 */
import { resolveModelConfig } from '../models/config.ts';
import { networkFromLayers, type ActivationReading, type SpecNetwork } from '../train/array-engine/spec-network.ts';
import { checkBaseFunctions } from './base-functions.ts';
import { checkCombinationMode, coefficientsFromRaw, initialRaw } from './coefficients.ts';
import { learnedMixKernel } from './learned-kernel.ts';
import type { LearnedModelConfig } from './learned-model.ts';

/** The network, its parameters at their seeded initial values (validated as buildLearnedModel validates). */
export function learnedNetworkFromConfig(config: LearnedModelConfig): SpecNetwork | undefined {
  if (config === null || typeof config !== 'object') throw new Error('Model: config must be an object.');
  const resolved = resolveModelConfig({ ...config, activation: { id: 'linear' } });
  if (resolved.hidden.length === 0) throw new Error('Learned activation: the network needs at least one hidden layer to learn an activation for.');
  const bases = checkBaseFunctions(config.bases);
  const mode = checkCombinationMode(config.mode);
  const reading: ActivationReading = { probe: 'coefficients', read: (raw) => coefficientsFromRaw(mode, Array.from(raw)) };
  return networkFromLayers(resolved, (units) => ({
    activation: { kind: 'weighted', size: bases.length, create: () => learnedMixKernel(bases, mode, units) },
    initial: Float32Array.from(initialRaw(mode, bases.length)),
    reading,
  }));
}
