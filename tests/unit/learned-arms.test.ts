import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeMix, learnedArms, LEARNED_ARM_ID } from '../../lab/learned/learned-arms.ts';
import { learnedActivationClass } from '../../lab/learned/learned-activation-layer.ts';
import { readCoefficients } from '../../lab/learned/learned-model.ts';
import { buildArmModel } from '../../lab/runs/build-arm-model.ts';
import { makeDataset } from '../../lab/datasets/index.ts';

const LearnedActivationClass = learnedActivationClass();

const network = { inputSize: 2, hidden: [4], outputSize: 1, output: 'sigmoid' as const };
const dataset = makeDataset('xor', { size: 40, seed: 1 });
const recipe = { epochs: 5, learningRate: 0.05 };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('learnedArms', () => {
  it('compares the learned mix with fixed ReLU and tanh, probing only the learned arm', () => {
    const arms = learnedArms(network, { bases: ['identity', 'relu'], mode: 'affine' }, dataset, recipe);
    expect(arms.map((arm) => [arm.id, arm.label])).toEqual([[LEARNED_ARM_ID, 'Learned (affine)'], ['relu', 'ReLU'], ['tanh', 'tanh']]);
    expect(arms.map((arm) => arm.probes?.map((probe) => probe.id) ?? [])).toEqual([['coefficients'], [], []]);
    const model = buildArmModel(arms[0]!.model, 5);
    expect(model.layers.some((layer) => layer instanceof LearnedActivationClass)).toBe(true);
    expect(readCoefficients(model)).toEqual([[0.5, 0.5]]);
    model.dispose();
  });

  it('checks the mix before building anything', () => {
    expect(() => learnedArms(network, { bases: ['relu'], mode: 'convex' }, dataset, recipe)).toThrow(/at least 2/);
  });
});

describe('describeMix', () => {
  it('writes the mix with true minus signs and rounded coefficients', () => {
    expect(describeMix(['identity', 'relu', 'tanh'], [0.214, 1.5, -0.333])).toBe('0.21 identity + 1.50 ReLU − 0.33 tanh');
    expect(describeMix(['tanh', 'swish'], [-0.5, 0.0001])).toBe('−0.50 tanh + 0.00 Swish-1');
  });
});
