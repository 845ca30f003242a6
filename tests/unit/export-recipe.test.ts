import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { buildModel, datasetCsv, deriveSeed, frameworkPrograms, loadRecipe, makeDataset, readPredictions, recipePrograms, resolveRecipe, recipeModelConfig, recipeTrainOptions, type NetworkRecipe } from '../../lab/index.ts';

const RECIPE: NetworkRecipe = {
  dataset: { id: 'circle', seed: 4, noise: 0.1 },
  depth: 2,
  width: 8,
  activation: { id: 'leaky-relu', params: { alpha: 0.1 } },
  optimizer: 'adam',
  learningRate: 0.02,
  epochs: 30,
  batchSize: 16,
  seed: 9,
};

describe('resolveRecipe', () => {
  it('derives the layer and batch seeds the way lab seeds buildModel and the trainer', () => {
    const resolved = resolveRecipe(RECIPE);
    expect(resolved.layerSeeds).toEqual([0, 1, 2].map((layer) => deriveSeed(9, 'layer', layer)));
    expect(resolved.shuffleSeed).toBe(deriveSeed(9, 'batches'));
    expect(resolved.params).toEqual({ alpha: 0.1 });
    expect(resolved.head).toEqual({ kind: 'binary' });
    expect(resolved.csvFileName).toBe('circle-noise0.1-seed4.csv');
    expect(resolved.dataset.train.xs).toEqual(makeDataset('circle', { seed: 4, noise: 0.1 }).train.xs);
  });

  it('gives lab a model config and training options for the same network', () => {
    const resolved = resolveRecipe({ ...RECIPE, dataset: { id: 'spiral', seed: 1, classes: 3 } });
    expect(resolved.head).toEqual({ kind: 'multiclass', classes: 3 });
    const model = buildModel(recipeModelConfig(resolved));
    try {
      expect(model.outputs[0]!.shape).toEqual([null, 3]);
      expect(model.layers.filter((layer) => layer.getClassName() === 'Dense')).toHaveLength(3);
      // A linear dense layer and the activation after it, per hidden layer; the output's dense layer and its sigmoid/softmax.
      expect(model.layers).toHaveLength(2 * 2 + 2);
    } finally {
      model.dispose();
    }
    expect(recipeTrainOptions(resolved)).toEqual({ epochs: 30, learningRate: 0.02, optimizer: 'adam', batchSize: 16, seed: 9 });
  });

  it.each([
    [{ depth: 0 }, 'depth must be an integer from 1'],
    [{ width: 2.5 }, 'width must be an integer from 1'],
    [{ epochs: 0 }, 'epochs must be an integer'],
    [{ batchSize: -1 }, 'batchSize must be an integer'],
    [{ learningRate: 0 }, 'learningRate must be a number above 0'],
    [{ optimizer: 'adagrad' }, 'optimizer must be one of sgd, momentum, adam, rmsprop'],
    [{ initializer: 'orthogonal' }, 'initializer must be one of glorot, he, lecun'],
    [{ activation: { id: 'softmax' } }, 'is an output function'],
    [{ activation: { id: 'nope' } }, 'Unknown activation "nope"'],
    [{ activation: { id: 'leaky-relu', params: { alpha: 5 } } }, 'Invalid parameters for "leaky-relu"'],
    [{ dataset: { id: 'moons', seed: 1 } }, 'Unknown data set "moons"'],
  ])('refuses %j with a message that says what to change', (change, message) => {
    expect(() => resolveRecipe({ ...RECIPE, ...change } as NetworkRecipe)).toThrow(message);
    expect(() => frameworkPrograms({ ...RECIPE, ...change } as NetworkRecipe)).toThrow(message);
  });
});

describe('datasetCsv', () => {
  it('writes every point with its label and split, and reads back to the same numbers', () => {
    const dataset = makeDataset('spiral', { seed: 2, classes: 3, size: 60 });
    const [header, ...rows] = datasetCsv(dataset).trim().split('\n');
    expect(header).toBe('x1,x2,label,split');
    expect(rows).toHaveLength(60);
    const parsed = rows.map((row) => row.split(','));
    const train = parsed.filter((row) => row[3] === 'train');
    // Adding 0 turns -0 (which prints as "0") into 0 on both sides.
    expect(train.map((row) => [Number(row[0]), Number(row[1])])).toEqual(dataset.train.xs.map((xy) => xy.map((v) => v + 0)));
    expect(train.map((row) => Number(row[2]))).toEqual(dataset.train.ys);
    expect(parsed.filter((row) => row[3] === 'test').map((row) => Number(row[2]))).toEqual(dataset.test.ys);
  });

  it('is written for the programs only when first read, then kept (the page shows programs on every change)', () => {
    const resolved = resolveRecipe(RECIPE);
    let reads = 0;
    // Counts reads of the training points, which only the CSV needs (the programs read the split sizes).
    const train = new Proxy(resolved.dataset.train, { get: (target, key, receiver) => { if (key === 'xs') reads += 1; return Reflect.get(target, key, receiver); } });
    const watched = { ...resolved, dataset: { ...resolved.dataset, train } };
    const programs = recipePrograms(watched);
    expect(reads).toBe(0);
    const csv = programs.csv;
    expect(reads).toBeGreaterThan(0);
    const afterFirst = reads;
    expect(programs.csv).toBe(csv);
    expect(reads).toBe(afterFirst);
    expect(csv).toBe(datasetCsv(resolved.dataset));
  });
});

describe('tf memory', () => {
  it('resolving and generating code creates no tensors', () => {
    const before = tf.memory().numTensors;
    frameworkPrograms(RECIPE);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('real data sets in a recipe', () => {
  it('loads iris through loadRecipe and writes all 150 rows with four features', async () => {
    const resolved = await loadRecipe({ ...RECIPE, dataset: { id: 'iris', seed: 2 } });
    expect(resolved.head).toEqual({ kind: 'multiclass', classes: 3 });
    const [header, ...rows] = recipePrograms(resolved).csv.trim().split('\n');
    expect(header).toBe('x1,x2,x3,x4,label,split');
    expect(rows).toHaveLength(150);
    expect(recipePrograms(resolved).tfjs).toContain('const INPUTS = 4;');
  });

  it.each([
    [{ id: 'iris', seed: 1, noise: 0.1 }, 'noise applies only to generated data sets'],
    [{ id: 'penguins', seed: 1, size: 50 }, 'penguins always uses all its rows'],
    [{ id: 'mnist', seed: 1, size: 5 }, "mnist's size must be an integer from 20 to 2000"],
    [{ id: 'iris', seed: 1, testFraction: 1 }, 'testFraction must be above 0 and at most 0.9'],
  ])('refuses %j with the reason', async (dataset, message) => {
    await expect(loadRecipe({ ...RECIPE, dataset } as NetworkRecipe)).rejects.toThrow(message);
  });

  it('tells a synchronous caller to load a real data set first', () => {
    expect(() => resolveRecipe({ ...RECIPE, dataset: { id: 'iris', seed: 1 } })).toThrow('resolve this recipe with loadRecipe');
  });
});

describe('readPredictions', () => {
  it('reads one probability column as P(class 1) and several as one per class, ties as the program breaks them', () => {
    expect(readPredictions([[0.8], [0.5], [0.1]], [1, 1, 0])).toEqual([
      { label: 1, predicted: 1, probability: 0.8 },
      { label: 1, predicted: 0, probability: 0.5 },
      { label: 0, predicted: 0, probability: 0.9 },
    ]);
    expect(readPredictions([[0.2, 0.5, 0.3], [0.4, 0.4, 0.2]], [1, 2])).toEqual([
      { label: 1, predicted: 1, probability: 0.5 },
      { label: 2, predicted: 0, probability: 0.4 },
    ]);
  });
});
