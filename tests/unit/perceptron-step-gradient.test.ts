import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { stepGradientAt } from '../../lab/perceptron/index.ts';
import { getScalarActivation } from '../../lab/activations/index.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('stepGradientAt', () => {
  it('is exactly zero at every sampled input, on both sides of the jump and at it, leaving no tensors', () => {
    const zs = [...Array.from({ length: 401 }, (_, i) => -10 + i * 0.05), 0, 1e-9, -1e-9, 1e6, -1e6];
    const before = tf.memory().numTensors;
    const slopes = stepGradientAt(zs);
    expect(tf.memory().numTensors).toBe(before);
    expect(slopes).toHaveLength(zs.length);
    expect(slopes.every((slope) => slope === 0)).toBe(true);
  });

  it('is the slope of a function that does change: the step itself jumps from 0 to 1 between the samples', () => {
    const step = getScalarActivation('step');
    expect(step.value(-0.05)).toBe(0);
    expect(step.value(0.05)).toBe(1);
    expect(stepGradientAt([-0.05, 0.05])).toEqual([0, 0]);
  });

  it('returns nothing for no inputs and refuses non-numbers', () => {
    expect(stepGradientAt([])).toEqual([]);
    expect(() => stepGradientAt([1, Number.NaN])).toThrow(/finite numbers/);
  });
});
