import { beforeAll, describe, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { expectRefused, expectSolved } from './support/exercise-expectations.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

type T2 = tf.Tensor2D;
type T1 = tf.Tensor1D;

describe('merge-linear-layers', () => {
  it('accepts W = W1·W2 and b = b1·W2 + b2, as tensors or as arrays', async () => {
    await expectSolved('merge-linear-layers', (W1: T2, b1: T1, W2: T2, b2: T1) => ({ W: W1.matMul(W2), b: tf.dot(b1, W2).add(b2) }));
    await expectSolved('merge-linear-layers', (W1: T2, b1: T1, W2: T2, b2: T1) => ({
      W: W1.matMul(W2).arraySync(), b: b1.expandDims(0).matMul(W2).squeeze().add(b2).arraySync(),
    }));
  });

  it('refuses a bias that skips W2, a product in the wrong order, and something that is not { W, b }', async () => {
    await expectRefused('merge-linear-layers', (W1: T2, _b1: T1, W2: T2, b2: T1) => ({ W: W1.matMul(W2), b: b2 }), /That is b2 alone: the first layer’s bias also passes through W2/);
    await expectRefused('merge-linear-layers', (W1: T2, b1: T1, W2: T2) => ({ W: W1.matMul(W2), b: tf.dot(b1, W2) }), /That is b1·W2 alone: add b2/);
    await expectRefused('merge-linear-layers', (W1: T2, _b1: T1, W2: T2) => ({ W: W2.transpose().matMul(W1.transpose()), b: tf.zeros([2]) }), /W should have shape \[3, 2\].*shape \[2, 3\]/);
    await expectRefused('merge-linear-layers', (W1: T2, _b1: T1, W2: T2) => ({ W: W1.matMul(W2).mul(2), b: tf.zeros([2]) }), /^W\[0\]\[0\] should be -?[\d.]+ \(row 0 of W1 times column 0 of W2\), but yours is -?[\d.]+\.$/);
    await expectRefused('merge-linear-layers', (W1: T2) => W1, /should return an object \{ W, b \}, but it returned a tensor of shape \[3, 4\]/);
  });
});

describe('hat-from-relus', () => {
  it('accepts relu(x + 1) − 2·relu(x) + relu(x − 1)', async () => {
    await expectSolved('hat-from-relus', (x: tf.Tensor) => tf.relu(x.add(1)).sub(tf.relu(x).mul(2)).add(tf.relu(x.sub(1))));
  });

  it('refuses a ramp that never comes back down, a hat of the wrong width and a plain number', async () => {
    await expectRefused('hat-from-relus', (x: tf.Tensor) => tf.relu(x.add(1)).sub(tf.relu(x.sub(1))), /At x = 0\.25 the hat is 0\.75, but hat\(x\) gives 1\.25\./);
    await expectRefused('hat-from-relus', (x: tf.Tensor) => tf.relu(x.add(2)).sub(tf.relu(x).mul(2)).add(tf.relu(x.sub(2))), /At x = -1\.75 the hat is 0, but hat\(x\) gives 0\.25\./);
    await expectRefused('hat-from-relus', () => 1, /hat\(x\) should be a tensor or an array of numbers, but it is the number 1/);
  });
});

describe('chain-rule', () => {
  const sigmoid = (u: number): number => 1 / (1 + Math.exp(-u));
  const gradW1 = (w1: number, w2: number, x: number): number => {
    const a1 = sigmoid(w1 * x);
    const a2 = Math.tanh(w2 * a1);
    return (1 - a2 ** 2) * w2 * a1 * (1 - a1) * x;
  };

  it('accepts the product of the four local slopes', async () => {
    await expectSolved('chain-rule', gradW1);
  });

  it('names the factor an answer leaves out', async () => {
    await expectRefused('chain-rule', (w1: number, w2: number, x: number) => gradW1(w1, w2, x) / w2, /the weight w₂ is missing/);
    await expectRefused('chain-rule', (w1: number, w2: number, x: number) => gradW1(w1, w2, x) / x, /the input x is missing/);
    await expectRefused('chain-rule', (w1: number, w2: number, x: number) => {
      const a1 = sigmoid(w1 * x);
      return w2 * a1 * (1 - a1) * x;
    }, /the tanh slope tanh′\(w₂a₁\) is missing/);
    await expectRefused('chain-rule', (w1: number, w2: number, x: number) => gradW1(w1, w2, x) * 2, /^gradW1\(.*\) returned -?[\d.e-]+, but nudging w₁ shows the slope is -?[\d.e-]+ there\.$/);
  });
});
