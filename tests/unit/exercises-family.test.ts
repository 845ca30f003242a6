import { beforeAll, describe, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { expectRefused, expectSolved } from './support/exercise-expectations.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('tanh-from-sigmoid', () => {
  it('accepts 2σ(2x) − 1', async () => {
    await expectSolved('tanh-from-sigmoid', (x: tf.Tensor) => tf.sigmoid(x.mul(2)).mul(2).sub(1));
  });

  it('refuses 2σ(x) − 1 (half the angle), the sigmoid itself and a throwing stub', async () => {
    await expectRefused('tanh-from-sigmoid', (x: tf.Tensor) => tf.sigmoid(x).mul(2).sub(1), /That is tanh\(x\/2\): the sigmoid’s input needs doubling too/);
    await expectRefused('tanh-from-sigmoid', (x: tf.Tensor) => tf.sigmoid(x), /At x = -4, tanh is -0\.9993, but yours gives 0\.01799\./);
    await expectRefused('tanh-from-sigmoid', () => { throw new TypeError('x.mul is not a function'); }, /tanhFromSigmoid\(x\) threw TypeError: x\.mul is not a function/);
  });
});

describe('stable-softmax', () => {
  const stable = (scores: number[]): number[] => {
    const largest = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - largest));
    const total = exps.reduce((sum, e) => sum + e, 0);
    return exps.map((e) => e / total);
  };

  it('accepts the shifted formula, in plain numbers or through tf.softmax', async () => {
    await expectSolved('stable-softmax', stable);
    await expectSolved('stable-softmax', (scores: number[]) => tf.softmax(tf.tensor1d(scores)));
  });

  it('refuses the textbook formula (overflow), unnormalised exponentials and a wrong length', async () => {
    const naive = (scores: number[]) => {
      const exps = scores.map(Math.exp);
      const total = exps.reduce((sum, e) => sum + e, 0);
      return exps.map((e) => e / total);
    };
    await expectRefused('stable-softmax', naive, /softmax\(\[1000, 1001, 1002\]\) returned \[NaN, NaN, NaN\]\. e\^1000 overflows to Infinity/);
    await expectRefused('stable-softmax', (scores: number[]) => scores.map(Math.exp), /add up to [\d.]+, not 1/);
    await expectRefused('stable-softmax', (scores: number[]) => stable(scores).slice(1), /should hold 3 numbers, one per input, but it holds 2/);
  });
});

describe('maxout-leaky', () => {
  it('accepts the two lines x and 0.1x, in either order', async () => {
    await expectSolved('maxout-leaky', [[1, 0], [0.1, 0]]);
    await expectSolved('maxout-leaky', [[0.1, 0], [1, 0]]);
  });

  it('refuses ReLU’s pair, a shifted line and a malformed answer', async () => {
    await expectRefused('maxout-leaky', [[1, 0], [0, 0]], /At x = -4 leaky ReLU with α = 0\.1 gives -0\.4, but the larger of your two lines is 0\./);
    await expectRefused('maxout-leaky', [[1, 0.5], [0.1, 0]], /At x = -0\.5 leaky ReLU with α = 0\.1 gives -0\.05, but the larger of your two lines is 0\./);
    await expectRefused('maxout-leaky', [1, 0.1], /should be two \[slope, intercept\] pairs/);
  });
});
