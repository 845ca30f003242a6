/**
 * Chapter 7's learned mix trains on lab's array engine under 'auto', epoch by epoch as tfjs trains it
 * (losses, metrics, dense weights and the raw mixing weights to 1e-4), in each combination mode.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDataset } from '../../lab/datasets/index.ts';
import { train } from '../../lab/train/index.ts';
import { COMBINATION_MODES } from '../../lab/learned/coefficients.ts';
import { BASE_FUNCTION_IDS } from '../../lab/learned/base-functions.ts';
import { buildLearnedModel, readCoefficients, type LearnedModelConfig } from '../../lab/learned/learned-model.ts';
import { expectSameTraining } from './support/engine-comparison.ts';

const circle = makeDataset('circle', { size: 120, seed: 4 });
const network = { inputSize: 2, hidden: [6, 5], outputSize: 1, output: 'sigmoid' as const, inputScale: 0.2, seed: 3 };
const options = { epochs: 30, learningRate: 0.05, optimizer: 'adam' as const, evaluateEvery: 10 };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the learned mix on the array engine', () => {
  it.each(COMBINATION_MODES)('matches tfjs in %s mode with identity, ReLU and tanh', async (mode) => {
    const config: LearnedModelConfig = { ...network, bases: ['identity', 'relu', 'tanh'], mode };
    await expectSameTraining(() => buildLearnedModel(config), circle, options);
  });

  it('matches tfjs with every base function, on shuffled mini-batches', async () => {
    const config: LearnedModelConfig = { ...network, bases: BASE_FUNCTION_IDS, mode: 'convex' };
    await expectSameTraining(() => buildLearnedModel(config), circle, { ...options, optimizer: 'rmsprop', batchSize: 32, seed: 5 });
  });

  it('moves the coefficients and keeps a convex mix summing to one', async () => {
    const model = buildLearnedModel({ ...network, bases: ['identity', 'relu', 'tanh'], mode: 'convex' });
    const before = readCoefficients(model);
    const result = await train(model, circle, { ...options, engine: 'lab' });
    const after = readCoefficients(model);
    model.dispose();
    expect(result.engine).toBe('lab');
    expect(after.flat().some((value, i) => Math.abs(value - before.flat()[i]!) > 1e-3)).toBe(true);
    for (const row of after) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });
});
