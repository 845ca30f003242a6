import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { expectRefused, expectSolved } from './support/exercise-expectations.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('elu-derivative', () => {
  it('accepts 1 on the right and α·eˣ on the left', async () => {
    await expectSolved('elu-derivative', (x: number, alpha: number) => (x > 0 ? 1 : alpha * Math.exp(x)));
  });

  it('refuses eˣ without α, the value instead of the slope, and a slope of 0 on the left', async () => {
    await expectRefused('elu-derivative', (x: number) => (x > 0 ? 1 : Math.exp(x)), /With α = 0\.5, ELU’s slope at x = -4 is 0\.009158.*That is eˣ: the slope on the left is α times that\./);
    await expectRefused('elu-derivative', (x: number, alpha: number) => (x > 0 ? 1 : alpha * (Math.exp(x) - 1)), /With α = 1, ELU’s slope at x = -4 is 0\.01832, but eluDerivative\(-4, 1\) returned -0\.9817\.$/);
    await expectRefused('elu-derivative', (x: number) => (x > 0 ? 1 : 0), /returned 0\.$/);
  });
});

describe('hidden-error', () => {
  const solution = (delta2: tf.Tensor2D, W2: tf.Tensor2D, z1: tf.Tensor2D) =>
    delta2.matMul(W2.transpose()).mul(tf.sub(1, tf.tanh(z1).square()));

  it('accepts (δ²·W²ᵀ) ⊙ (1 − tanh²(z¹))', async () => {
    await expectSolved('hidden-error', solution);
  });

  it('names a missing slope, a slope without the square, and a transposed result', async () => {
    await expectRefused('hidden-error', (delta2: tf.Tensor2D, W2: tf.Tensor2D) => delta2.matMul(W2.transpose()), /That is δ²·W²ᵀ alone: multiply it, element by element, by the tanh slope/);
    await expectRefused('hidden-error', (delta2: tf.Tensor2D, W2: tf.Tensor2D, z1: tf.Tensor2D) => delta2.matMul(W2.transpose()).mul(tf.sub(1, tf.tanh(z1))), /with the tanh squared/);
    await expectRefused('hidden-error', (delta2: tf.Tensor2D, W2: tf.Tensor2D, z1: tf.Tensor2D) => solution(delta2, W2, z1).transpose(), /should return shape \[1, 3\].*shape \[3, 1\]/);
    await expectRefused('hidden-error', (delta2: tf.Tensor2D, W2: tf.Tensor2D, z1: tf.Tensor2D) => solution(delta2, W2, z1).mul(-1), /^For unit 0 automatic differentiation gives δ¹ = -?[\d.]+, but yours is -?[\d.]+\.$/);
  });
});

describe('smallest-gradient', () => {
  it('accepts the first layer for sigmoid and the last for ReLU with He, the widget’s set-up at initialisation', async () => {
    const message = await expectSolved('smallest-gradient', { sigmoid: 1, relu: 10 });
    expect(message).toMatch(/sigmoid with Glorot: layer 1 \(3\.78e-7\); ReLU with He: layer 10 \(0\.0239\)/);
  });

  it('refuses the intuitive guess for ReLU, a wrong sigmoid layer and an out-of-range layer', async () => {
    await expectRefused('smallest-gradient', { sigmoid: 1, relu: 1 }, /For ReLU with He, layer 1’s gradient is 0\.0488, but layer 10’s is smaller: 0\.0239\./);
    await expectRefused('smallest-gradient', { sigmoid: 10, relu: 10 }, /For sigmoid with Glorot, layer 10’s gradient is 0\.2783, but layer 1’s is smaller: 3\.78e-7\./);
    await expectRefused('smallest-gradient', { sigmoid: 0, relu: 10 }, /whole numbers from 1 \(first hidden layer\) to 10 \(last\)/);
  });
});
