/**
 * Pins the array engine's arithmetic bit for bit: a speed-up of its kernels (network.ts, the flat
 * optimizers, the objective) may reorder loops, hoist and reuse buffers, but every float operation
 * must stay as it was. Each case trains a network (lab's own, or a tfjs model's for PReLU's trained
 * slopes) and hashes its final parameters and every loss the run reported; the expected hashes were
 * computed before the kernels were reworked (main at 03cb350). The cases cover fixed and weighted
 * activations, both batch modes, both output kinds and layers narrower and wider than their inputs.
 * A mismatch means some result changed, however slightly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { buildModel } from '../../lab/models/build.ts';
import { makeDataset } from '../../lab/datasets/index.ts';
import { train, trainNetwork } from '../../lab/train/loop.ts';
import { networkFromConfig } from '../../lab/train/array-engine/spec-network.ts';
import { predictNetworkGrid } from '../../lab/train/grid.ts';
import { datasetBounds } from '../../lab/datasets/bounds.ts';
import type { ModelConfig, TrainOptions } from '../../lab/types.ts';

/** FNV-1a over the bytes of float64 values: any change in any bit of any value changes it. */
function hashOf(values: Iterable<number>): string {
  const bytes = new Uint8Array(8);
  const view = new DataView(bytes.buffer);
  let hash = 0x811c9dc5;
  for (const value of values) {
    view.setFloat64(0, value);
    for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const circle = makeDataset('circle', { size: 150, seed: 7, testFraction: 1 / 3 });
const spiral = makeDataset('spiral', { size: 150, seed: 4, classes: 3 });

interface PinCase {
  name: string;
  config: ModelConfig;
  dataset: typeof circle;
  options: TrainOptions;
  expected: { params: string; losses: string; grid: string };
}

const CASES: PinCase[] = [
  {
    name: 'relu, one layer of 16, full batch, adam',
    config: { inputSize: 2, hidden: [16], activation: { id: 'relu' }, outputSize: 1, output: 'sigmoid', inputScale: 0.2, seed: 1 },
    dataset: circle,
    options: { epochs: 120, learningRate: 0.03, optimizer: 'adam' },
    expected: { params: '4cd6fb8a', losses: '73ad2919', grid: 'cf8ab041' },
  },
  {
    name: 'relu, 8 × 5, mini-batches of 16, momentum',
    config: { inputSize: 2, hidden: [8, 5], activation: { id: 'relu' }, outputSize: 1, output: 'sigmoid', initializer: 'he', seed: 3 },
    dataset: circle,
    options: { epochs: 30, learningRate: 0.05, optimizer: 'momentum', batchSize: 16, seed: 2 },
    expected: { params: '9d29cadb', losses: '4aa9d2ab', grid: '04be54d7' },
  },
  {
    name: 'tanh, one layer of 12, full batch, sgd',
    config: { inputSize: 2, hidden: [12], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed: 5 },
    dataset: circle,
    options: { epochs: 80, learningRate: 0.1, optimizer: 'sgd' },
    expected: { params: '16ca7f5b', losses: '0a03e4cb', grid: 'cce50c4d' },
  },
  {
    name: 'tanh, 6 × 7, softmax, mini-batches of 32, rmsprop',
    config: { inputSize: 2, hidden: [6, 7], activation: { id: 'tanh' }, outputSize: 3, output: 'softmax', initializer: 'lecun', seed: 9 },
    dataset: spiral,
    options: { epochs: 25, learningRate: 0.01, optimizer: 'rmsprop', batchSize: 32, seed: 4 },
    expected: { params: '1c748547', losses: '9f8e7843', grid: '75e1cdb6' },
  },
  {
    name: 'relu, 4 × 1 into three classes (a layer with one input), full batch, adam',
    config: { inputSize: 2, hidden: [4, 1], activation: { id: 'relu' }, outputSize: 3, output: 'softmax', seed: 8 },
    dataset: spiral,
    options: { epochs: 40, learningRate: 0.05, optimizer: 'adam' },
    expected: { params: '2f2e6236', losses: 'cfabbd51', grid: '6d0d82a2' },
  },
];

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const historyValues = (history: { loss: number; testLoss?: number; trainAccuracy?: number; testAccuracy?: number }[]): number[] =>
  history.flatMap(({ loss, testLoss, trainAccuracy, testAccuracy }) => [loss, testLoss ?? -1, trainAccuracy ?? -1, testAccuracy ?? -1]);

describe('the array engine computes the same bits as before its kernels were reworked', () => {
  for (const { name, config, dataset, options, expected } of CASES) {
    it(name, async () => {
      const spec = networkFromConfig(config)!;
      const result = await trainNetwork(spec, dataset, { ...options, evaluateEvery: 10 });
      expect(result.status).toBe('done');
      const losses = historyValues(result.history);
      const grid = predictNetworkGrid(spec, datasetBounds(dataset), 9);
      const actual = { params: hashOf(spec.network.params), losses: hashOf(losses), grid: hashOf(grid.values) };
      expect(actual).toEqual(expected);
    });
  }

  it('PReLU (slopes of its own) in a tfjs model, 8 × 4, mini-batches of 20, adam', async () => {
    const model = buildModel({ inputSize: 2, hidden: [8, 4], activation: { id: 'prelu' }, outputSize: 1, output: 'sigmoid', inputScale: 0.4, seed: 11 });
    try {
      const result = await train(model, circle, { epochs: 20, learningRate: 0.02, optimizer: 'adam', batchSize: 20, evaluateEvery: 5, engine: 'lab', seed: 6 });
      expect(result.engine).toBe('lab');
      const weights = model.getWeights().flatMap((weight) => Array.from(weight.dataSync()));
      expect({ weights: hashOf(weights), losses: hashOf(historyValues(result.history)) }).toEqual({ weights: 'e44dadfb', losses: '29009c87' });
    } finally {
      model.dispose();
    }
  });
});
