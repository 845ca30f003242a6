/**
 * The bias chapter's two experiments, as plain settings: two blobs shifted along the diagonal so the
 * boundary between them misses the origin, classified by a small ReLU network; and noisy points from
 * y = 2x + 3 fitted by a single linear unit. Each is trained twice, with and without biases.
 */
import type { Dataset, ModelConfig, TrainOptions } from '../types.ts';
import { makeDataset } from '../datasets/registry.ts';
import { linearRegression } from '../datasets/regression.ts';
import { MAX_OFFSET } from '../datasets/blobs.ts';

/** How far both blobs move along the diagonal: their centres sit at (2 + s, 2 + s) and (s − 2, s − 2). */
export const DEFAULT_SHIFT = 4;
export const MIN_SHIFT = 0;
export const MAX_SHIFT = 6;

export const BIAS_BLOBS = { size: 200, noise: 0.1, testFraction: 0.5 } as const;
export const BIAS_NETWORK = { hidden: [8], activation: { id: 'relu' } } as const;
export const BIAS_CLASSIFIER_TRAINING = { epochs: 200, learningRate: 0.05, optimizer: 'adam', evaluateEvery: 10 } as const;

/** The regression data: the chapter's line, x spread over [−1, 3] so the missing intercept tilts the slope. */
export const BIAS_LINE = { slope: 2, intercept: 3, noise: 0.3, size: 80, testFraction: 0.5, xRange: [-1, 3] } as const;
export const BIAS_REGRESSION_TRAINING = { epochs: 300, learningRate: 0.1, optimizer: 'adam', evaluateEvery: 10 } as const;

export const DEFAULT_BIAS_SEED = 2;

export function checkShift(shift: number): number {
  if (typeof shift !== 'number' || !Number.isFinite(shift) || shift < MIN_SHIFT || shift > Math.min(MAX_SHIFT, MAX_OFFSET)) {
    throw new Error(`Bias experiment: the shift must be a number from ${MIN_SHIFT} to ${MAX_SHIFT}, got ${String(shift)}.`);
  }
  return shift;
}

export function biasBlobs(seed: number, shift: number = DEFAULT_SHIFT): Dataset {
  return makeDataset('blobs', { ...BIAS_BLOBS, offset: checkShift(shift), seed });
}

export function biasLine(seed: number): Dataset {
  return linearRegression({ ...BIAS_LINE, seed });
}

export function biasClassifierConfig(seed: number, useBias: boolean): ModelConfig {
  return {
    inputSize: 2,
    hidden: [...BIAS_NETWORK.hidden],
    activation: BIAS_NETWORK.activation,
    outputSize: 1,
    output: 'sigmoid',
    useBias,
    seed,
  };
}

/** One linear unit: ŷ = w·x + b, or ŷ = w·x without the bias. */
export function biasRegressorConfig(seed: number, useBias: boolean): ModelConfig {
  return { inputSize: 1, hidden: [], activation: { id: 'linear' }, outputSize: 1, output: 'linear', useBias, seed };
}

export type BiasTask = 'classify' | 'regress';

export function biasTrainingFor(task: BiasTask): Pick<TrainOptions, 'epochs' | 'learningRate' | 'optimizer' | 'evaluateEvery'> {
  return { ...(task === 'classify' ? BIAS_CLASSIFIER_TRAINING : BIAS_REGRESSION_TRAINING) };
}
