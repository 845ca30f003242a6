import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDataset } from '../../lab/datasets/index.ts';
import { buildModel } from '../../lab/models/index.ts';
import { train } from '../../lab/train/index.ts';
import type { CombinationMode } from '../../lab/learned/coefficients.ts';
import { buildLearnedModel, learnedLayers, readCoefficients, type LearnedModelConfig } from '../../lab/learned/learned-model.ts';

const circle = makeDataset('circle', { size: 120, seed: 4 });
const network = { inputSize: 2, hidden: [6, 6], outputSize: 1, output: 'sigmoid' as const, inputScale: 0.2 };
const EPOCHS = 40;

function config(mode: CombinationMode, seed = 3): LearnedModelConfig {
  return { ...network, bases: ['identity', 'relu', 'tanh'], mode, seed };
}

async function trainLearned(mode: CombinationMode, seed = 3): Promise<{ coefficients: number[][]; loss: number }> {
  const model = buildLearnedModel(config(mode, seed));
  try {
    const result = await train(model, circle, { epochs: EPOCHS, learningRate: 0.05, optimizer: 'adam', seed });
    expect(result.status).toBe('done');
    return { coefficients: readCoefficients(model), loss: result.final.loss };
  } finally {
    model.dispose();
  }
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('buildLearnedModel', () => {
  it('puts one learned layer after each hidden dense layer, starting at the equal mix', () => {
    const model = buildLearnedModel(config('convex'));
    expect(learnedLayers(model)).toHaveLength(2);
    for (const row of readCoefficients(model)) for (const c of row) expect(c).toBeCloseTo(1 / 3, 6);
    model.dispose();
  });

  it('starts from the same dense weights as buildModel with the same seed', () => {
    const learned = buildLearnedModel(config('convex', 11));
    const relu = buildModel({ ...network, activation: { id: 'relu' }, seed: 11 });
    const denseWeights = (model: tf.LayersModel) =>
      model.layers.filter((layer) => layer.getClassName() === 'Dense').flatMap((layer) => layer.getWeights().map((w) => Array.from(w.dataSync())));
    expect(denseWeights(learned)).toEqual(denseWeights(relu));
    learned.dispose();
    relu.dispose();
  });

  it('keeps the convex constraint after training: every cᵢ ≥ 0 and Σ cᵢ = 1 within 1e-6, and the mix has moved', async () => {
    const { coefficients } = await trainLearned('convex');
    for (const row of coefficients) {
      expect(row.every((c) => c >= 0)).toBe(true);
      expect(Math.abs(sum(row) - 1)).toBeLessThan(1e-6);
      expect(Math.max(...row.map((c) => Math.abs(c - 1 / 3)))).toBeGreaterThan(0.01);
    }
  });

  it('keeps the affine constraint after training: Σ cᵢ = 1 within 1e-6', async () => {
    const { coefficients } = await trainLearned('affine');
    for (const row of coefficients) {
      expect(Math.abs(sum(row) - 1)).toBeLessThan(1e-6);
      expect(Math.max(...row.map((c) => Math.abs(c - 1 / 3)))).toBeGreaterThan(0.01);
    }
  });

  it('lets the linear mode leave the sum-to-one plane', async () => {
    const { coefficients } = await trainLearned('linear');
    expect(Math.max(...coefficients.map((row) => Math.abs(sum(row) - 1)))).toBeGreaterThan(0.01);
  });

  it('is deterministic per seed, and another seed gives another result', async () => {
    const first = await trainLearned('convex', 21);
    const again = await trainLearned('convex', 21);
    const other = await trainLearned('convex', 22);
    expect(again).toEqual(first);
    expect(other.coefficients).not.toEqual(first.coefficients);
  });

  it('leaves no tensors behind after building, training and disposing', async () => {
    const before = tf.memory().numTensors;
    await trainLearned('affine');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a network without hidden layers and a bad config, saying why', () => {
    expect(() => buildLearnedModel({ ...config('convex'), hidden: [] })).toThrow(/at least one hidden layer/);
    expect(() => buildLearnedModel({ ...config('convex'), hidden: [0] })).toThrow(/hidden must be a list/);
    expect(() => buildLearnedModel({ ...config('convex'), mode: 'free' as CombinationMode })).toThrow(/mode must be one of/);
  });
});
