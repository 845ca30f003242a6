/**
 * lab's array engine against tfjs, the reference implementation: for the same seed and initial
 * weights, both engines must give the same epoch losses, metrics and final weights (to ~1e-4).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { ActivationChoice, ModelConfig, OptimizerId, TrainOptions } from '../../lab/types.ts';
import { blobs, linearRegression, spiral } from '../../lab/datasets/index.ts';
import { buildModel } from '../../lab/models/index.ts';
import { train } from '../../lab/train/index.ts';
import { expectSameTraining } from './support/engine-comparison.ts';

const net = (hidden: number[], activation: ActivationChoice, extra: Partial<ModelConfig> = {}): ModelConfig => ({
  inputSize: 2, hidden, activation, outputSize: 1, output: 'sigmoid', seed: 7, ...extra,
});

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the array engine matches tfjs', () => {
  it('on the reference workload: 2×8 tanh, inputs scaled by 0.3, Adam on the whole batch', async () => {
    const seed = 3;
    await expectSameTraining(net([8, 8], { id: 'tanh' }, { inputScale: 0.3, seed }), spiral({ seed }),
      { epochs: 120, learningRate: 0.015, optimizer: 'adam', evaluateEvery: 20 });
  });

  it.each(['sgd', 'momentum', 'adam', 'rmsprop'] as OptimizerId[])('with %s on shuffled mini-batches', async (optimizer) => {
    await expectSameTraining(net([6, 5], { id: 'relu' }), blobs({ seed: 2, noise: 0.3 }),
      { epochs: 12, learningRate: optimizer === 'sgd' ? 0.2 : 0.02, optimizer, batchSize: 32, seed: 9, evaluateEvery: 4 });
  });

  it.each(['sigmoid', 'elu', 'selu', 'softplus', 'relu6', 'swish', 'softsign', 'linear'])('with %s hidden units', async (id) => {
    await expectSameTraining(net([8, 4], { id }, { inputScale: 0.2 }), spiral({ seed: 4, size: 200 }),
      { epochs: 40, learningRate: 0.01, optimizer: 'adam', evaluateEvery: 10 });
  });

  it('on a softmax output over a three-arm spiral, with a different activation per layer', async () => {
    await expectSameTraining(
      { inputSize: 2, hidden: [10, 6], activation: [{ id: 'tanh' }, { id: 'elu' }], outputSize: 3, output: 'softmax', inputScale: 0.2, seed: 5 },
      spiral({ seed: 1, classes: 3, size: 300 }),
      { epochs: 40, learningRate: 0.03, optimizer: 'rmsprop', evaluateEvery: 10 },
    );
  });

  it('on a linear output with squared error, with and without biases', async () => {
    const line: ModelConfig = { inputSize: 1, hidden: [4], activation: { id: 'tanh' }, outputSize: 1, output: 'linear', seed: 2 };
    const data = linearRegression({ seed: 1, noise: 0.1 });
    await expectSameTraining(line, data, { epochs: 50, learningRate: 0.05, optimizer: 'momentum', evaluateEvery: 25 });
    await expectSameTraining({ ...line, useBias: false }, data, { epochs: 50, learningRate: 0.05, optimizer: 'sgd', evaluateEvery: 25 });
  });

  it('on a single neuron, stopping at the same epoch when a target is reached', async () => {
    const result = await expectSameTraining(net([], { id: 'linear' }), blobs({ seed: 3, noise: 0.1 }),
      { epochs: 500, learningRate: 0.05, optimizer: 'sgd', evaluateEvery: 5, target: { metric: 'testAccuracy', value: 0.95 } });
    expect(result.status).toBe('target-reached');
  });

  it('when a huge learning rate makes both diverge at the same epoch', async () => {
    const result = await expectSameTraining(net([8, 8], { id: 'relu' }), blobs({ seed: 3, noise: 0.1 }),
      { epochs: 200, learningRate: 1e6, optimizer: 'sgd', evaluateEvery: 50 }, { weights: false });
    expect(result.status).toBe('diverged');
  });
});

describe('engine choice', () => {
  const data = blobs({ seed: 3, noise: 0.1 });
  const options: TrainOptions = { epochs: 3, learningRate: 0.1 };

  it('leaves a layer it has no kernel for to tfjs (a dropout layer between dense layers)', async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ units: 4, activation: 'relu', inputShape: [2] }),
        tf.layers.dropout({ rate: 0.1 }),
        tf.layers.dense({ units: 1 }),
        tf.layers.activation({ activation: 'sigmoid' }),
      ],
    });
    const result = await train(model, data, options);
    model.dispose();
    expect(result.engine).toBe('tfjs');
  });

  it('leaves a model with its output activation fused into the last dense layer to tfjs', async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, activation: 'sigmoid', inputShape: [2] })] });
    const result = await train(model, data, options);
    model.dispose();
    expect(result.engine).toBe('tfjs');
  });

  it('leaves a model with a frozen layer to tfjs, and never changes the frozen weights', async () => {
    const model = buildModel(net([4], { id: 'tanh' }));
    model.layers[0]!.trainable = false;
    const frozen = Array.from(model.layers[0]!.getWeights()[0]!.dataSync());
    const result = await train(model, data, options);
    expect(result.engine).toBe('tfjs');
    expect(Array.from(model.layers[0]!.getWeights()[0]!.dataSync())).toEqual(frozen);
    model.dispose();
  });

  it('rejects an unknown engine', async () => {
    const model = buildModel(net([], { id: 'linear' }));
    await expect(train(model, data, { ...options, engine: 'gpu' as 'tfjs' })).rejects.toThrow(/engine must be one of auto, lab, tfjs/);
    model.dispose();
  });

  it("trains a plain network on the array engine when asked for 'lab'", async () => {
    const model = buildModel(net([4], { id: 'tanh' }));
    const result = await train(model, data, { ...options, engine: 'lab' });
    model.dispose();
    expect(result.engine).toBe('lab');
  });

  it("refuses 'lab' for a model only tfjs can train, saying which engine to use", async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, activation: 'sigmoid', inputShape: [2] })] });
    await expect(train(model, data, { ...options, engine: 'lab' })).rejects.toThrow(/needs engine "tfjs"/);
    model.dispose();
  });
});
