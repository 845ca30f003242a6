import { beforeAll, describe, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { expectRefused, expectSolved } from './support/exercise-expectations.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('affine-projection', () => {
  const project = (c: number[]): number[] => {
    const shift = (c.reduce((sum, value) => sum + value, 0) - 1) / c.length;
    return c.map((value) => value - shift);
  };

  it('accepts subtracting the same amount from every coefficient', async () => {
    await expectSolved('affine-projection', project);
    await expectSolved('affine-projection', (c: number[]) => tf.tensor1d(project(c)));
  });

  it('refuses dividing by the sum, forgetting the 1 and subtracting the whole excess from one entry', async () => {
    await expectRefused('affine-projection', (c: number[]) => c.map((value) => value / c.reduce((s, v) => s + v, 0)), /it sums to 1, but it moved the coefficients by different amounts/);
    await expectRefused('affine-projection', (c: number[]) => c.map((value) => value - c.reduce((s, v) => s + v, 0) / c.length), /which adds up to 0, not 1/);
    await expectRefused('affine-projection', (c: number[]) => [c[0]! - (c.reduce((s, v) => s + v, 0) - 1), ...c.slice(1)], /moved the coefficients by different amounts/);
  });
});

describe('convex-slope', () => {
  it('accepts any pair of logits whose ReLU logit exceeds the identity’s by ln 9', async () => {
    await expectSolved('convex-slope', [0, Math.log(9)]);
    await expectSolved('convex-slope', [-1, Math.log(9) - 1]);
  });

  it('refuses the coefficients themselves, equal logits and a malformed answer', async () => {
    await expectRefused('convex-slope', [0.1, 0.9], /a leaky ReLU with slope 0\.31 on the left, not 0\.1.*These look like the coefficients themselves/);
    await expectRefused('convex-slope', [0, 0], /c = \[0\.5, 0\.5\], a leaky ReLU with slope 0\.5/);
    await expectRefused('convex-slope', { identity: 0, relu: 2.2 }, /should be two numbers, \[identity logit, ReLU logit\], but it is a object/);
  });
});
