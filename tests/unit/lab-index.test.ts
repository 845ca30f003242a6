import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import * as lab from '../../lab/index.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('lab/index.ts', () => {
  it('exposes the engine API and the activation catalog from one place', () => {
    const functions = ['createRng', 'deriveSeed', 'makeDataset', 'linearRegression', 'datasetBounds', 'buildModel',
      'describeModel', 'countParameters', 'train', 'trainOnDataset', 'evaluate', 'predictGrid', 'activationLayerFor'] as const;
    functions.forEach((name) => expect(lab[name], name).toBeTypeOf('function'));
    expect(lab.DATASET_IDS).toEqual(['blobs', 'circle', 'xor', 'gauss', 'spiral']);
    expect(lab.OPTIMIZER_IDS).toEqual(['sgd', 'momentum', 'adam', 'rmsprop']);
  });

  it('runs data set → training → decision grid in a few calls, leaving no tensors behind', async () => {
    const before = tf.memory().numTensors;
    const dataset = lab.makeDataset('gauss', { seed: 2 });
    const { result, model } = await lab.trainOnDataset(
      { inputSize: 2, hidden: [4], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed: 2 },
      dataset,
      { epochs: 50, learningRate: 0.05 },
    );
    const grid = await lab.predictGrid(model, lab.datasetBounds(dataset), 20);
    model.dispose();
    expect(result.status).toBe('done');
    expect(result.final.testAccuracy).toBeGreaterThan(0.9);
    expect(grid.values).toHaveLength(400);
    expect(tf.memory().numTensors).toBe(before);
  });
});
