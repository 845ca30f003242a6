import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { TRUNCATED_AT_TWO_VARIANCE } from '../../lab/index.ts';
import { expectRefused, expectSolved } from './support/exercise-expectations.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('cross-entropy-gradient', () => {
  it('accepts σ(z) − y', async () => {
    await expectSolved('cross-entropy-gradient', (z: number, y: number) => sigmoid(z) - y);
  });

  it('refuses the squared error’s gradient, the wrong sign and the probability itself', async () => {
    await expectRefused('cross-entropy-gradient', (z: number, y: number) => 2 * (sigmoid(z) - y) * sigmoid(z) * (1 - sigmoid(z)), /That is the squared error’s gradient/);
    await expectRefused('cross-entropy-gradient', (z: number, y: number) => y - sigmoid(z), /^At z = -5 with label 0, nudging z shows ∂L\/∂z = 0\.006693, but dLossDz\(-5, 0\) returned -0\.006693\.$/);
    await expectRefused('cross-entropy-gradient', (z: number) => sigmoid(z), /with label 1/);
  });
});

describe('truncated-variance', () => {
  it('is 1 − 4φ(2)/(2Φ(2) − 1) ≈ 0.774, and accepts a sampled estimate', async () => {
    expect(TRUNCATED_AT_TWO_VARIANCE).toBeCloseTo(0.7737, 4);
    await expectSolved('truncated-variance', 0.7737);
    const sampled = tf.tidy(() => tf.moments(tf.truncatedNormal([100_000], 0, 1, 'float32', 7)).variance.dataSync()[0]!);
    await expectSolved('truncated-variance', sampled);
  });

  it('refuses the untruncated variance and the share of draws within ±2σ', async () => {
    await expectRefused('truncated-variance', 1, /keptVariance is 1, but a normal cut off at ±2σ keeps about 0\.7737 of its variance\.$/);
    await expectRefused('truncated-variance', 0.9545, /is the share of draws that land within ±2σ/);
  });
});
