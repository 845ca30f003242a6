import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeMix, learnedArms, LEARNED_ARM_ID } from '../../lab/learned/learned-arms.ts';
import { LearnedActivation } from '../../lab/learned/learned-activation-layer.ts';

const network = { inputSize: 2, hidden: [4], outputSize: 1, output: 'sigmoid' as const };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('learnedArms', () => {
  it('compares the learned mix with fixed ReLU and tanh, probing only the learned arm', () => {
    const arms = learnedArms(network, { bases: ['identity', 'relu'], mode: 'affine' });
    expect(arms.map((arm) => [arm.id, arm.label])).toEqual([[LEARNED_ARM_ID, 'Learned (affine)'], ['relu', 'ReLU'], ['tanh', 'tanh']]);
    expect(arms.map((arm) => arm.probe !== undefined)).toEqual([true, false, false]);
    const model = arms[0]!.build(5);
    expect(model.layers.some((layer) => layer instanceof LearnedActivation)).toBe(true);
    expect(arms[0]!.probe!(model)).toEqual([[0.5, 0.5]]);
    model.dispose();
  });

  it('checks the mix before building anything', () => {
    expect(() => learnedArms(network, { bases: ['relu'], mode: 'convex' })).toThrow(/at least 2/);
  });
});

describe('describeMix', () => {
  it('writes the mix with true minus signs and rounded coefficients', () => {
    expect(describeMix(['identity', 'relu', 'tanh'], [0.214, 1.5, -0.333])).toBe('0.21 identity + 1.50 ReLU − 0.33 tanh');
    expect(describeMix(['tanh', 'swish'], [-0.5, 0.0001])).toBe('−0.50 tanh + 0.00 Swish-1');
  });
});
