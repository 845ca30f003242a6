/**
 * The capacity experiment's settings: the circle data set with one label in ten flipped, only 100
 * training points against 200 test points, and one-hidden-layer ReLU networks whose width doubles
 * from 1 to 128, all trained the same way. Small networks cannot draw the circle; large ones have
 * room to memorise the flipped points.
 */
import type { Dataset, ModelConfig, TrainOptions } from '../types.ts';
import { makeDataset } from '../datasets/registry.ts';
import { flipLabels } from './label-noise.ts';

export const CAPACITY_DATA = { id: 'circle', size: 300, noise: 0, testFraction: 2 / 3, flipFraction: 0.1 } as const;
export const CAPACITY_ACTIVATION = { id: 'relu' } as const;
/** The playground's [−5, 5] inputs mapped to [−1, 1]. */
export const CAPACITY_INPUT_SCALE = 0.2;

export const DEPTHS = [1, 2] as const;
export type Depth = (typeof DEPTHS)[number];
/** Two hidden layers of 128 would take over ten times longer to train than the rest put together. */
export const WIDTHS_BY_DEPTH: Readonly<Record<Depth, readonly number[]>> = {
  1: [1, 2, 4, 8, 16, 32, 64, 128],
  2: [1, 2, 4, 8, 16, 32],
};

export const CAPACITY_TRAINING = { epochs: 1500, learningRate: 0.03, optimizer: 'adam', evaluateEvery: 25 } as const;
export const MIN_EPOCHS = 50;
export const MAX_EPOCHS = 5000;

export const DEFAULT_CAPACITY_SEED = 1;
export const DEFAULT_DEPTH: Depth = 1;

export function isDepth(value: unknown): value is Depth {
  return typeof value === 'number' && (DEPTHS as readonly number[]).includes(value);
}

export function capacityWidths(depth: Depth): readonly number[] {
  if (!isDepth(depth)) throw new Error(`Capacity: the number of hidden layers must be ${DEPTHS.join(' or ')}, got ${String(depth)}.`);
  return WIDTHS_BY_DEPTH[depth];
}

export function noisyCircle(seed: number): Dataset {
  const { id, flipFraction, ...options } = CAPACITY_DATA;
  return flipLabels(makeDataset(id, { ...options, seed }), flipFraction, seed);
}

export function capacityConfig(width: number, depth: Depth, seed: number): ModelConfig {
  return {
    inputSize: 2,
    hidden: Array.from({ length: depth }, () => width),
    activation: CAPACITY_ACTIVATION,
    outputSize: 1,
    output: 'sigmoid',
    inputScale: CAPACITY_INPUT_SCALE,
    seed,
  };
}

export function capacityTraining(epochs: number = CAPACITY_TRAINING.epochs): Pick<TrainOptions, 'epochs' | 'learningRate' | 'optimizer' | 'evaluateEvery'> {
  if (!Number.isInteger(epochs) || epochs < MIN_EPOCHS || epochs > MAX_EPOCHS) {
    throw new Error(`Capacity: epochs must be a whole number from ${MIN_EPOCHS} to ${MAX_EPOCHS}, got ${String(epochs)}.`);
  }
  return { ...CAPACITY_TRAINING, epochs };
}
