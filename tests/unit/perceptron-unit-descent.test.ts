import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { blobs } from '../../lab/datasets/index.ts';
import { gradientDescentOnUnit, gradientDescentOnUnitInSlices } from '../../lab/perceptron/index.ts';

const split = blobs({ seed: 4, size: 100, noise: 0.25, offset: [1, 0.5] }).train;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

for (const engine of ['tfjs', 'lab'] as const) describe(`gradientDescentOnUnit on ${engine}`, () => {
  it('leaves a step unit exactly where it started: zero gradients, flat loss, no change', () => {
    const before = tf.memory().numTensors;
    const result = gradientDescentOnUnit(split, { engine, seed: 3, steps: 40, learningRate: 0.5 });
    expect(tf.memory().numTensors).toBe(before);
    expect(result.history).toHaveLength(40);
    expect(result.largestGradient).toBe(0);
    expect(result.totalChange).toBe(0);
    expect(result.final).toEqual(result.initial);
    const losses = result.history.map((entry) => entry.loss);
    expect(losses[0]).toBeGreaterThan(0);
    expect(new Set(losses).size).toBe(1);
    expect(result.history.every((entry) => entry.change === 0 && entry.gradient.every((g) => g === 0))).toBe(true);
  });

  it('moves a sigmoid unit from the same start with the same loop, so the step is what stops it', () => {
    const step = gradientDescentOnUnit(split, { engine, seed: 3, steps: 40, learningRate: 0.5 });
    const sigmoid = gradientDescentOnUnit(split, { engine, seed: 3, steps: 40, learningRate: 0.5, activationId: 'sigmoid' });
    expect(sigmoid.initial).toEqual(step.initial);
    expect(sigmoid.largestGradient).toBeGreaterThan(0);
    expect(sigmoid.totalChange).toBeGreaterThan(0.01);
    expect(sigmoid.history.at(-1)!.loss).toBeLessThan(sigmoid.history[0]!.loss);
  });

  it('starts from the same seeded weights for the same seed, and from others for another', () => {
    const a = gradientDescentOnUnit(split, { engine, seed: 8, steps: 1 });
    expect(gradientDescentOnUnit(split, { engine, seed: 8, steps: 1 }).initial).toEqual(a.initial);
    expect(gradientDescentOnUnit(split, { engine, seed: 9, steps: 1 }).initial).not.toEqual(a.initial);
  });

  it('refuses bad settings with a readable message', () => {
    expect(() => gradientDescentOnUnit(split, { engine, seed: 1, steps: 0 })).toThrow(/steps must be an integer/);
    expect(() => gradientDescentOnUnit(split, { engine, seed: 1, learningRate: -1 })).toThrow(/learningRate must be a positive number/);
    expect(() => gradientDescentOnUnit(split, { engine, seed: 1, activationId: 'softmax' })).toThrow(/elementwise/);
    expect(() => gradientDescentOnUnit({ xs: [], ys: [] }, { engine, seed: 1 })).toThrow(/non-empty split/);
  });
});

for (const engine of ['tfjs', 'lab'] as const) describe(`gradientDescentOnUnitInSlices on ${engine}`, () => {
  it('gives the same result as the one-go descent, step by step, and frees its tensors', async () => {
    const before = tf.memory().numTensors;
    const options = { engine, seed: 3, steps: 30, learningRate: 0.5, activationId: 'sigmoid' };
    const sliced = await gradientDescentOnUnitInSlices(split, { ...options, sliceBudgetMs: 0.01 });
    expect(tf.memory().numTensors).toBe(before);
    expect(sliced).toEqual(gradientDescentOnUnit(split, options));
    expect(sliced.totalChange).toBeGreaterThan(0.01);
  });

  it('yields to the event loop between slices when its budget runs out', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    try {
      await gradientDescentOnUnitInSlices(split, { engine, seed: 3, steps: 200, sliceBudgetMs: 0.01 });
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('refuses a bad slice budget or bad settings with a readable message, leaking nothing', async () => {
    const before = tf.memory().numTensors;
    await expect(gradientDescentOnUnitInSlices(split, { engine, seed: 1, sliceBudgetMs: 0 })).rejects.toThrow(/sliceBudgetMs must be a positive number/);
    await expect(gradientDescentOnUnitInSlices(split, { engine, seed: 1, steps: 0 })).rejects.toThrow(/steps must be an integer/);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('gradient descent on one unit, lab\'s engine against tfjs', () => {
  it('takes the same steps on both engines to float32 rounding, and says which engine ran', () => {
    const options = { seed: 3, steps: 40, learningRate: 0.5, activationId: 'sigmoid' };
    const lab = gradientDescentOnUnit(split, { ...options, engine: 'lab' });
    const onTfjs = gradientDescentOnUnit(split, { ...options, engine: 'tfjs' });
    expect([lab.engine, onTfjs.engine]).toEqual(['lab', 'tfjs']);
    expect(lab.initial).toEqual(onTfjs.initial);
    lab.history.forEach((entry, i) => {
      const twin = onTfjs.history[i]!;
      expect(entry.loss).toBeCloseTo(twin.loss, 5);
      entry.gradient.forEach((g, k) => expect(g).toBeCloseTo(twin.gradient[k]!, 5));
    });
    [...lab.final.weights, lab.final.bias].forEach((v, k) => expect(v).toBeCloseTo([...onTfjs.final.weights, onTfjs.final.bias][k]!, 5));
    const stepOnLab = gradientDescentOnUnit(split, { seed: 3, steps: 5, engine: 'lab' });
    expect(stepOnLab.history.map((entry) => entry.loss)).toEqual(gradientDescentOnUnit(split, { seed: 3, steps: 5, engine: 'tfjs' }).history.map((entry) => entry.loss));
  });

  it('runs any catalog activation with an array kernel on lab\'s engine, the default', () => {
    expect(gradientDescentOnUnit(split, { seed: 1, steps: 1, activationId: 'relu' }).engine).toBe('lab');
  });
});
