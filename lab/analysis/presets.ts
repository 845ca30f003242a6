/**
 * The settings the chapter's widgets start from, kept in lab/ so the unit tests check exactly what a
 * reader sees on first load.
 */
import type { InitializerId, OptimizerId } from '../types.ts';
import { DEEP_BATCH_SIZE, DEEP_INPUT_SIZE } from './deep-batch.ts';

export const VANISHING_PRESET = {
  seed: 1,
  depth: 10,
  width: 32,
  inputSize: DEEP_INPUT_SIZE,
  batchSize: DEEP_BATCH_SIZE,
  activation: 'sigmoid',
  initializer: 'glorot' as InitializerId,
  /** Plain gradient descent, so a layer's step is exactly learning rate × its gradient. */
  optimizer: 'sgd' as OptimizerId,
  learningRate: 0.2,
  epochs: 30,
  measureEvery: 5,
} as const;

export const DYING_RELU_PRESET = {
  seed: 1,
  dataset: 'circle',
  datasetSize: 200,
  noise: 0.1,
  /** The playground's [-5, 5] plane mapped to [-1, 1]. */
  inputScale: 0.2,
  hidden: [16, 16, 16, 16],
  initializer: 'he' as InitializerId,
  /** Adam's usual learning rate is 0.001; 0.3 is deliberately far too high. */
  optimizer: 'adam' as OptimizerId,
  learningRate: 0.3,
  epochs: 60,
  measureEvery: 5,
  leakyAlpha: 0.01,
} as const;
