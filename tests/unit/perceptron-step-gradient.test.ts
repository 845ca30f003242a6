import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { stepGradientAt } from '../../lab/perceptron/index.ts';
import { getScalarActivation } from '../../lab/activations/index.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

for (const engine of ['tfjs', 'lab'] as const) describe(`stepGradientAt on ${engine}`, () => {
  it('is exactly zero at every sampled input, on both sides of the jump and at it, leaving no tensors', () => {
    const zs = [...Array.from({ length: 401 }, (_, i) => -10 + i * 0.05), 0, 1e-9, -1e-9, 1e6, -1e6];
    const before = tf.memory().numTensors;
    const slopes = stepGradientAt(zs, engine);
    expect(tf.memory().numTensors).toBe(before);
    expect(slopes).toHaveLength(zs.length);
    expect(slopes.every((slope) => slope === 0)).toBe(true);
  });

  it('is the slope of a function that does change: the step itself jumps from 0 to 1 between the samples', () => {
    const step = getScalarActivation('step');
    expect(step.value(-0.05)).toBe(0);
    expect(step.value(0.05)).toBe(1);
    expect(stepGradientAt([-0.05, 0.05], engine)).toEqual([0, 0]);
  });

  it('returns nothing for no inputs and refuses non-numbers', () => {
    expect(stepGradientAt([], engine)).toEqual([]);
    expect(() => stepGradientAt([1, Number.NaN], engine)).toThrow(/finite numbers/);
  });
});

describe('stepGradientAt on lab\'s engine', () => {
  it('is what the array kernel carries back: a sigmoid\'s kernel would carry a slope, the step\'s carries none', () => {
    const sigmoid = getScalarActivation('sigmoid').arrayKernel!()!;
    const g = Float32Array.of(1);
    sigmoid.backprop(Float32Array.of(0), Float32Array.of(0.5), g, 1);
    expect(g[0]).toBeCloseTo(0.25, 6);
    expect(stepGradientAt([0])).toEqual([0]);
  });
});
