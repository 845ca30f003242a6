import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDataset } from '../../lab/datasets/index.ts';
import { datasetBounds } from '../../lab/datasets/bounds.ts';
import { buildModel } from '../../lab/models/build.ts';
import { train, trainNetwork } from '../../lab/train/loop.ts';
import { predictGrid, predictNetworkGrid } from '../../lab/train/grid.ts';
import { networkFromConfig } from '../../lab/train/array-engine/spec-network.ts';
import { readDenseWeights } from '../../lab/runs/probes/live-probes.ts';
import { readNetworkWeights } from '../../lab/runs/probes/network-probes.ts';
import { labNetworkFor, planNeedsTfjs } from '../../lab/runs/run-one-arm.ts';
import { runArms } from '../../lab/runs/run-arms.ts';
import type { ArmSpec } from '../../lab/runs/plan.ts';
import type { ModelConfig, TrainOptions } from '../../lab/types.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const moons = makeDataset('circle', { size: 120, seed: 3 });
const blobs = makeDataset('spiral', { size: 150, seed: 4, classes: 3 });

/** Networks of every kind the demos train without tfjs: fused and separate activations, every initializer, rescaled inputs, no bias. */
const CASES: { name: string; config: ModelConfig; dataset: typeof moons; options: TrainOptions }[] = [
  { name: 'tanh, glorot, full batch, adam', config: { inputSize: 2, hidden: [8], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed: 11 }, dataset: moons, options: { epochs: 40, learningRate: 0.03 } },
  { name: 'relu ×2, he, mini-batches, sgd, rescaled', config: { inputSize: 2, hidden: [6, 5], activation: { id: 'relu' }, outputSize: 1, output: 'sigmoid', initializer: 'he', inputScale: 0.5, seed: 5 }, dataset: moons, options: { epochs: 12, learningRate: 0.1, optimizer: 'sgd', batchSize: 16, seed: 9 } },
  { name: 'gelu and mish (catalog layers), lecun, softmax, rmsprop', config: { inputSize: 2, hidden: [7, 4], activation: [{ id: 'gelu' }, { id: 'mish' }], outputSize: 3, output: 'softmax', initializer: 'lecun', seed: 21 }, dataset: blobs, options: { epochs: 20, learningRate: 0.01, optimizer: 'rmsprop', batchSize: 32 } },
  { name: 'a linear unit without bias', config: { inputSize: 2, hidden: [], activation: { id: 'linear' }, outputSize: 1, output: 'sigmoid', useBias: false, seed: 2 }, dataset: moons, options: { epochs: 15, learningRate: 0.05 } },
];

describe('a network of lab\'s own (no tfjs model)', () => {
  for (const { name, config, dataset, options } of CASES) {
    it(`trains exactly as buildModel's model on the lab engine: ${name}`, async () => {
      const spec = networkFromConfig(config)!;
      expect(spec).toBeDefined();
      const model = buildModel(config);
      try {
        expect(readNetworkWeights(spec)).toEqual(readDenseWeights(model));
        const settings = { ...options, evaluateEvery: 5 };
        const fromModel = await train(model, dataset, settings);
        const fromSpec = await trainNetwork(spec, dataset, settings);
        expect(fromModel.engine).toBe('lab');
        expect(fromSpec.engine).toBe('lab');
        expect(fromSpec.history).toEqual(fromModel.history);
        expect(fromSpec.final).toEqual(fromModel.final);
        expect(readNetworkWeights(spec)).toEqual(readDenseWeights(model));
        if (config.outputSize > 1 || config.hidden.length > 0) {
          const bounds = datasetBounds(dataset);
          const grid = predictNetworkGrid(spec, bounds, 12);
          expect(grid).toEqual(await predictGrid(model, bounds, 12));
        }
      } finally {
        model.dispose();
      }
    });
  }

  it('is not made for networks only tfjs trains: a wide linear output', () => {
    const base = { inputSize: 2, hidden: [4], outputSize: 1, output: 'sigmoid' as const, seed: 1 };
    expect(networkFromConfig({ ...base, activation: { id: 'prelu' } })).toBeDefined();
    expect(networkFromConfig({ ...base, activation: { id: 'swish', params: { trainable: 1 } } })).toBeDefined();
    expect(networkFromConfig({ ...base, activation: { id: 'swish' } })).toBeDefined();
    expect(networkFromConfig({ ...base, activation: { id: 'relu' }, outputSize: 2, output: 'linear' })).toBeUndefined();
  });
});

describe('runArms without tfjs', () => {
  const arm = (probes: ArmSpec['probes'], activation = { id: 'relu' }): ArmSpec => ({
    id: 'a',
    model: { kind: 'dense', config: { inputSize: 2, hidden: [6], activation, outputSize: 1, output: 'sigmoid' } },
    dataset: moons,
    train: { epochs: 20, learningRate: 0.05, evaluateEvery: 5 },
    probes,
  });
  const grid = { id: 'decision-grid' as const, bounds: datasetBounds(moons), resolution: 10, intervalMs: 0 };

  it('trains a dense arm whose probes lab reads itself as a network of its own, tfjs only on request', () => {
    expect(labNetworkFor(arm([grid, { id: 'weights' }, { id: 'line' }]), 1, {})).toBeDefined();
    expect(labNetworkFor(arm([grid]), 1, { engine: 'tfjs' })).toBeUndefined();
    expect(labNetworkFor(arm([{ id: 'dead-units', every: 5 }]), 1, {})).toBeUndefined();
    expect(planNeedsTfjs({ arms: [arm([grid])] })).toBe(false);
    expect(planNeedsTfjs({ arms: [arm([grid])], engine: 'tfjs' })).toBe(true);
    expect(planNeedsTfjs({ arms: [arm([grid]), arm([], { id: 'prelu' })] })).toBe(false);
    expect(planNeedsTfjs({ arms: [arm([grid]), arm([], { id: 'prelu' })], engine: 'tfjs' })).toBe(true);
    expect(planNeedsTfjs({ arms: [arm([{ id: 'coefficients' }])] })).toBe(true);
    expect(planNeedsTfjs({ arms: [arm([{ id: 'saved-model' }])] })).toBe(true);
  });

  it('gives the same records and probe readings as the tfjs model does on the lab engine', async () => {
    const before = tf.memory().numTensors;
    const probes = [grid, { id: 'weights' as const }];
    const own = await runArms({ arms: [arm(probes)], seeds: [7, 8] });
    // dead-units sends the same arm down the tfjs model path; its readings are left out of the comparison.
    const viaModel = await runArms({ arms: [arm([...probes, { id: 'dead-units', every: 5 }])], seeds: [7, 8] });
    expect(own.records.map((record) => record.engine)).toEqual(['lab', 'lab']);
    expect(viaModel.records.map((record) => record.engine)).toEqual(['lab', 'lab']);
    own.records.forEach((record, index) => {
      const twin = viaModel.records[index]!;
      expect(record.history).toEqual(twin.history);
      expect(record.metrics).toEqual(twin.metrics);
      expect(record.probes['decision-grid']).toEqual(twin.probes['decision-grid']);
      expect(record.probes.weights).toEqual(twin.probes.weights);
    });
    expect(tf.memory().numTensors).toBe(before);
  });
});
