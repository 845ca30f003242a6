/** The network of one run: `depth` hidden layers of `width` units, and the output the data set needs. */
import type { Dataset, InitializerId, ModelConfig } from '../types.ts';
import type { ExperimentActivation, ExperimentConfig, ExperimentInitializer } from './definition.ts';

/** Activations that zero or shrink half their inputs, for which He's doubled variance compensates. */
const HE_FAMILY = new Set(['relu', 'leaky-relu', 'prelu', 'relu6', 'elu', 'swish', 'gelu', 'gelu-tanh', 'mish']);
const LECUN_FAMILY = new Set(['selu']);

export function initializerFor(choice: ExperimentInitializer, activationId: string): InitializerId {
  if (choice !== 'auto') return choice;
  if (HE_FAMILY.has(activationId)) return 'he';
  if (LECUN_FAMILY.has(activationId)) return 'lecun';
  return 'glorot';
}

export function experimentModelConfig(config: ExperimentConfig, dataset: Dataset, activation: ExperimentActivation, seed: number): ModelConfig {
  const binary = dataset.numClasses === 2;
  return {
    inputSize: dataset.inputSize,
    hidden: Array.from({ length: config.depth }, () => config.width),
    activation: { id: activation.id, params: { ...activation.params } },
    outputSize: binary ? 1 : dataset.numClasses,
    output: binary ? 'sigmoid' : 'softmax',
    initializer: initializerFor(config.initializer, activation.id),
    seed,
  };
}
