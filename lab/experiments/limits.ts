/** Defaults and the limits that keep a grid small enough for a browser tab. */
import type { ExperimentConfig } from './definition.ts';

export const EXPERIMENT_LIMITS = {
  depth: { min: 1, max: 8 },
  width: { min: 1, max: 256 },
  epochs: { min: 1, max: 2000 },
  seeds: { min: 1, max: 10 },
  activations: { min: 1, max: 10 },
  learningRate: { min: 1e-5, max: 10 },
  noise: { min: 0, max: 0.5 },
  targetAccuracy: { min: 0.01, max: 1 },
  seed: { min: 0, max: 4294967295 },
  /** Activations × seeds. */
  runs: { max: 100 },
} as const;

export const DEFAULT_EXPERIMENT: Readonly<ExperimentConfig> = Object.freeze({
  dataset: 'iris',
  noise: 0.1,
  dataSeed: 1,
  depth: 1,
  width: 8,
  activations: [{ id: 'tanh', params: {} }, { id: 'relu', params: {} }],
  initializer: 'auto',
  optimizer: 'adam',
  learningRate: 0.03,
  epochs: 40,
  seeds: 2,
  firstSeed: 1,
  targetAccuracy: 0.9,
});
