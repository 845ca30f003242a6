import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { expectRefused, expectSolved } from './support/exercise-expectations.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const dot = (x: number[], w: number[]): number => x.reduce((sum, xi, i) => sum + xi * w[i]!, 0);

describe('neuron-output', () => {
  it('accepts σ(w·x + b) written with a loop or with tensors', async () => {
    await expectSolved('neuron-output', (x: number[], w: number[], b: number) => sigmoid(dot(x, w) + b));
    await expectSolved('neuron-output', (x: number[], w: number[], b: number) =>
      tf.tidy(() => tf.sigmoid(tf.dot(tf.tensor1d(w), tf.tensor1d(x)).add(b)).dataSync()[0]));
  });

  it('refuses a missing bias, a missing gate, a wrong kind of answer and a stub that throws', async () => {
    await expectRefused('neuron-output', (x: number[], w: number[]) => sigmoid(dot(x, w)), /without the bias: add b before the sigmoid/);
    await expectRefused('neuron-output', (x: number[], w: number[], b: number) => dot(x, w) + b, /That is z itself/);
    await expectRefused('neuron-output', 0.69, /`neuron` should be a function \(x, w, b\).*but it is the number 0\.69/);
    await expectRefused('neuron-output', () => { throw new Error('Not written yet'); }, /neuron\(\[0, 0\], \[0\.7, -1\.3\], 1\.2\) threw Error: Not written yet/);
    await expectRefused('neuron-output', () => 'half', /should be a number, but it is the text "half"/);
  });

  it('quotes the inputs, z and the expected output when the answer is off', async () => {
    await expectRefused('neuron-output', (x: number[], w: number[], b: number) => sigmoid(dot(x, w) + b) + 0.01,
      /^neuron\(\[0, 0\], \[0\.7, -1\.3\], 1\.2\) returned 0\.7785, but there z = 1\.2 and σ\(z\) = 0\.7685\.$/);
  });
});

describe('bias-on-the-line', () => {
  it('accepts the bias that makes z = 0 at (2, 1)', async () => {
    expect(await expectSolved('bias-on-the-line', -1.1)).toContain('the sigmoid gives exactly 0.5');
  });

  it('refuses the chapter’s own bias, the opposite sign and a non-number', async () => {
    await expectRefused('bias-on-the-line', -0.3, /With b = -0\.3 the point \(2, 1\) gets z = 0\.8, so the sigmoid gives 0\.69, above one half/);
    await expectRefused('bias-on-the-line', 1.1, /gets z = 2\.2.*above one half/);
    await expectRefused('bias-on-the-line', -2, /z = -0\.9.*below one half/);
    await expectRefused('bias-on-the-line', undefined, /`boundaryBias` should be a finite number, but it is undefined/);
  });
});
