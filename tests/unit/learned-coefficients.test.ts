import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkCombinationMode,
  COMBINATION_MODES,
  coefficientsFromRaw,
  coefficientsTensor,
  initialRaw,
} from '../../lab/learned/coefficients.ts';
import { createRng } from '../../lab/rng.ts';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Raw parameter vectors of 2 to 5 entries, spread well beyond [−1, 1]. */
function randomRaws(seed: number, count: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => Array.from({ length: rng.integer(2, 6) }, () => rng.range(-6, 6)));
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('coefficients', () => {
  it.each(COMBINATION_MODES)('%s mode starts from the equal mix 1/K', (mode) => {
    for (const count of [2, 3, 5]) {
      for (const c of coefficientsFromRaw(mode, initialRaw(mode, count))) expect(c).toBeCloseTo(1 / count, 12);
    }
  });

  it('linear mode uses the raw values as they are', () => {
    expect(coefficientsFromRaw('linear', [2, -3, 0.5])).toEqual([2, -3, 0.5]);
  });

  it('affine mode always sums to 1 and keeps the differences between raw values', () => {
    for (const raw of randomRaws(1, 50)) {
      const c = coefficientsFromRaw('affine', raw);
      expect(Math.abs(sum(c) - 1)).toBeLessThan(1e-12);
      expect(c[1]! - c[0]!).toBeCloseTo(raw[1]! - raw[0]!, 12);
    }
    expect(coefficientsFromRaw('affine', [3, -4]).some((c) => c < 0)).toBe(true);
  });

  it('convex mode is non-negative and sums to 1 for any raw values, even huge ones', () => {
    for (const raw of [...randomRaws(2, 50), [800, -800, 0], [1000, 1000]]) {
      const c = coefficientsFromRaw('convex', raw);
      expect(Math.abs(sum(c) - 1)).toBeLessThan(1e-12);
      expect(c.every((value) => value >= 0)).toBe(true);
    }
  });

  it.each(COMBINATION_MODES)('the tensor version of %s matches the double-precision one', (mode) => {
    const before = tf.memory().numTensors;
    for (const raw of randomRaws(3, 10)) {
      const fromTensor = tf.tidy(() => Array.from(coefficientsTensor(mode, tf.tensor1d(raw)).dataSync()));
      const expected = coefficientsFromRaw(mode, raw);
      fromTensor.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 5));
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects an unknown mode with the valid ones in the message', () => {
    expect(() => checkCombinationMode('simplex')).toThrow(/linear, affine, convex/);
  });
});
