/**
 * The synthetic data of the vanishing-gradient experiment: standard-normal inputs labelled by a
 * random linear teacher (class 1 where t·x > 0), so every layer sees inputs of unit scale.
 */
import { createRng, deriveSeed } from '../rng.ts';
import type { Dataset } from '../types.ts';

export const DEEP_BATCH_SIZE = 128;
/** As wide as the hidden layers, so every weight matrix has the same shape. */
export const DEEP_INPUT_SIZE = 32;

export interface DeepBatchOptions {
  seed: number;
  size?: number;
  inputSize?: number;
}

export function deepBatch({ seed, size = DEEP_BATCH_SIZE, inputSize = DEEP_INPUT_SIZE }: DeepBatchOptions): Dataset {
  if (!Number.isInteger(size) || size < 2) throw new Error(`deepBatch: size must be an integer of at least 2, got ${size}.`);
  if (!Number.isInteger(inputSize) || inputSize < 1) throw new Error(`deepBatch: inputSize must be a positive integer, got ${inputSize}.`);
  const teacherRng = createRng(deriveSeed(seed, 'teacher'));
  const teacher = Array.from({ length: inputSize }, () => teacherRng.normal());
  const rng = createRng(deriveSeed(seed, 'inputs'));
  const xs = Array.from({ length: size }, () => Array.from({ length: inputSize }, () => rng.normal()));
  const ys = xs.map((x) => (x.reduce((sum, value, i) => sum + value * teacher[i]!, 0) > 0 ? 1 : 0));
  return {
    id: 'deep-batch',
    inputSize,
    numClasses: 2,
    classNames: ['t·x ≤ 0', 't·x > 0'],
    train: { xs, ys },
    test: { xs: [], ys: [] },
  };
}
