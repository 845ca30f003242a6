/** Validation and defaults for ModelConfig; every mistake becomes an Error that says what to change. */
import type { ActivationChoice, InitializerId, ModelConfig, OutputKind } from '../types.ts';
import { normaliseSeed } from '../rng.ts';

export const MAX_INPUT_SIZE = 1024;
export const MAX_HIDDEN_LAYERS = 16;
export const MAX_UNITS = 1024;
export const MAX_INPUT_SCALE = 1e6;
export const DEFAULT_INITIALIZER: InitializerId = 'glorot';
export const INITIALIZER_IDS: readonly InitializerId[] = ['glorot', 'he', 'lecun'];
export const OUTPUT_KINDS: readonly OutputKind[] = ['sigmoid', 'softmax', 'linear'];

export interface ResolvedModelConfig {
  inputSize: number;
  hidden: number[];
  /** One activation per hidden layer. */
  activations: ActivationChoice[];
  outputSize: number;
  output: OutputKind;
  initializer: InitializerId;
  useBias: boolean;
  inputScale: number;
  seed: number;
}

function isPositiveInteger(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
}

function isActivationChoice(value: unknown): value is ActivationChoice {
  return typeof value === 'object' && value !== null && typeof (value as ActivationChoice).id === 'string';
}

function resolveActivations(activation: ModelConfig['activation'], layers: number): ActivationChoice[] {
  if (Array.isArray(activation)) {
    if (activation.length !== layers || !activation.every(isActivationChoice)) {
      throw new Error(`Model: give one activation for every hidden layer (${layers}), got ${activation.length}.`);
    }
    return activation;
  }
  if (!isActivationChoice(activation)) {
    throw new Error('Model: activation must be an object like { id: "relu" } or an array of them.');
  }
  return Array.from({ length: layers }, () => activation);
}

function checkOutput(output: OutputKind, outputSize: number): void {
  if (!OUTPUT_KINDS.includes(output)) {
    throw new Error(`Model: output must be one of ${OUTPUT_KINDS.join(', ')}, got ${String(output)}.`);
  }
  if (!isPositiveInteger(outputSize, MAX_UNITS)) {
    throw new Error(`Model: outputSize must be an integer from 1 to ${MAX_UNITS}, got ${String(outputSize)}.`);
  }
  if (output === 'sigmoid' && outputSize !== 1) {
    throw new Error(`Model: a sigmoid output has one unit (the probability of class 1), got outputSize ${outputSize}.`);
  }
  if (output === 'softmax' && outputSize < 2) {
    throw new Error(`Model: a softmax output needs at least 2 units (one per class), got outputSize ${outputSize}.`);
  }
}

export function resolveModelConfig(config: ModelConfig): ResolvedModelConfig {
  if (config === null || typeof config !== 'object') throw new Error('Model: config must be an object.');
  const { inputSize, hidden, outputSize, output } = config;
  if (!isPositiveInteger(inputSize, MAX_INPUT_SIZE)) {
    throw new Error(`Model: inputSize must be an integer from 1 to ${MAX_INPUT_SIZE}, got ${String(inputSize)}.`);
  }
  if (!Array.isArray(hidden) || hidden.length > MAX_HIDDEN_LAYERS || !hidden.every((u) => isPositiveInteger(u, MAX_UNITS))) {
    throw new Error(`Model: hidden must be a list of at most ${MAX_HIDDEN_LAYERS} layer sizes, each an integer from 1 to ${MAX_UNITS}, got ${JSON.stringify(hidden)}.`);
  }
  checkOutput(output, outputSize);
  const initializer = config.initializer ?? DEFAULT_INITIALIZER;
  if (!INITIALIZER_IDS.includes(initializer)) {
    throw new Error(`Model: initializer must be one of ${INITIALIZER_IDS.join(', ')}, got ${String(initializer)}.`);
  }
  const inputScale = config.inputScale ?? 1;
  if (typeof inputScale !== 'number' || !Number.isFinite(inputScale) || inputScale <= 0 || inputScale > MAX_INPUT_SCALE) {
    throw new Error(`Model: inputScale must be a positive number up to ${MAX_INPUT_SCALE}, got ${String(config.inputScale)}.`);
  }
  if (config.seed === undefined) throw new Error('Model: a seed is required so the initial weights are reproducible.');
  return {
    inputSize,
    hidden: hidden.slice(),
    activations: resolveActivations(config.activation, hidden.length),
    outputSize,
    output,
    initializer,
    useBias: config.useBias ?? true,
    inputScale,
    seed: normaliseSeed(config.seed),
  };
}
