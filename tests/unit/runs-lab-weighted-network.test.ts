/**
 * Networks whose activations have weights of their own (a trained Swish β, PReLU's slopes, chapter 7's
 * learned mix) train as networks of lab's own with no tfjs model: the same starting weights as the
 * tfjs model's, the same history on the lab engine, and the same β and coefficient readings.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDataset } from '../../lab/datasets/index.ts';
import { buildModel } from '../../lab/models/build.ts';
import { buildLearnedModel, readCoefficients } from '../../lab/learned/learned-model.ts';
import { learnedNetworkFromConfig } from '../../lab/learned/learned-network.ts';
import { learnedArms } from '../../lab/learned/learned-arms.ts';
import { swishArms } from '../../lab/swish/swish-arms.ts';
import { train, trainNetwork } from '../../lab/train/loop.ts';
import { networkFromConfig } from '../../lab/train/array-engine/spec-network.ts';
import { readDenseWeights } from '../../lab/runs/probes/live-probes.ts';
import { readActivationWeights, readNetworkWeights } from '../../lab/runs/probes/network-probes.ts';
import { labNetworkFor, planNeedsTfjs } from '../../lab/runs/run-one-arm.ts';
import { runArms } from '../../lab/runs/run-arms.ts';
import type { ArmSpec } from '../../lab/runs/plan.ts';
import type { ModelConfig } from '../../lab/types.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const spiral = makeDataset('spiral', { size: 120, seed: 2 });
const recipe = { epochs: 30, learningRate: 0.05, optimizer: 'adam' as const, evaluateEvery: 10 };

/** The trained weights of every activation layer of a tfjs model, first layer first. */
function activationWeightsOf(model: tf.Sequential): number[][] {
  return model.layers.filter((layer) => layer.getClassName() !== 'Dense' && layer.weights.length === 1).map((layer) => Array.from(layer.weights[0]!.read().dataSync()));
}

const DENSE: { name: string; config: ModelConfig }[] = [
  { name: 'Swish with one trained β per layer', config: { inputSize: 2, hidden: [6, 5], activation: { id: 'swish', params: { trainable: 1 } }, outputSize: 1, output: 'sigmoid', seed: 4 } },
  { name: 'Swish with a trained β per unit, starting at 1.5', config: { inputSize: 2, hidden: [7], activation: { id: 'swish', params: { beta: 1.5, trainable: 1, perUnit: 1 } }, outputSize: 1, output: 'sigmoid', seed: 8 } },
  { name: 'PReLU starting at 0.2', config: { inputSize: 2, hidden: [5], activation: { id: 'prelu', params: { alpha: 0.2 } }, outputSize: 1, output: 'sigmoid', seed: 3 } },
];

describe('a network of lab\'s own with trained activation weights', () => {
  for (const { name, config } of DENSE) {
    it(`starts and trains as buildModel's model does on the lab engine: ${name}`, async () => {
      const spec = networkFromConfig(config)!;
      expect(spec).toBeDefined();
      const model = buildModel(config);
      try {
        expect(readNetworkWeights(spec)).toEqual(readDenseWeights(model));
        expect(readActivationWeights(spec, 'betas')).toEqual(config.activation && 'id' in config.activation && config.activation.id === 'swish' ? activationWeightsOf(model) : []);
        const fromModel = await train(model, spiral, recipe);
        const fromSpec = await trainNetwork(spec, spiral, recipe);
        expect([fromModel.engine, fromSpec.engine]).toEqual(['lab', 'lab']);
        expect(fromSpec.history).toEqual(fromModel.history);
        expect(readNetworkWeights(spec)).toEqual(readDenseWeights(model));
      } finally {
        model.dispose();
      }
    });
  }

  it('builds the learned mix as buildLearnedModel does, and trains it the same way', async () => {
    const config = { inputSize: 2, hidden: [8, 8], outputSize: 1, output: 'sigmoid' as const, inputScale: 0.2, bases: ['identity', 'relu', 'tanh'] as const, mode: 'convex' as const, seed: 5 };
    const spec = learnedNetworkFromConfig({ ...config, bases: [...config.bases] })!;
    const model = buildLearnedModel({ ...config, bases: [...config.bases] });
    try {
      expect(readNetworkWeights(spec)).toEqual(readDenseWeights(model));
      expect(readActivationWeights(spec, 'coefficients')).toEqual([[1 / 3, 1 / 3, 1 / 3], [1 / 3, 1 / 3, 1 / 3]]);
      const fromModel = await train(model, spiral, recipe);
      const fromSpec = await trainNetwork(spec, spiral, recipe);
      expect(fromSpec.history).toEqual(fromModel.history);
      readActivationWeights(spec, 'coefficients').forEach((row, layer) => row.forEach((c, k) => expect(c).toBeCloseTo(readCoefficients(model)[layer]![k]!, 6)));
    } finally {
      model.dispose();
    }
    expect(() => learnedNetworkFromConfig({ ...config, bases: [...config.bases], hidden: [] })).toThrow(/at least one hidden layer/);
  });
});

describe('runArms for chapters 6 and 7 without tfjs', () => {
  const network = { inputSize: 2, hidden: [8], outputSize: 1, output: 'sigmoid' as const };
  const plans: { name: string; arms: ArmSpec[]; probe: 'betas' | 'coefficients' }[] = [
    { name: 'the Swish arms', arms: swishArms(network, 'unit', spiral, recipe), probe: 'betas' },
    { name: 'the learned-mix arms', arms: learnedArms({ ...network, inputScale: 0.2 }, { bases: ['identity', 'relu', 'tanh'], mode: 'affine' }, spiral, recipe), probe: 'coefficients' },
  ];
  for (const { name, arms, probe } of plans) {
    it(`trains ${name} on the lab engine with no tfjs model, reading what the tfjs models read`, async () => {
      expect(planNeedsTfjs({ arms })).toBe(false);
      expect(planNeedsTfjs({ arms, engine: 'tfjs' })).toBe(true);
      arms.forEach((arm) => expect(labNetworkFor(arm, 1, {})).toBeDefined());
      const before = tf.memory().numTensors;
      const own = await runArms({ arms, seeds: [1, 2] });
      // A probe only a tfjs model answers sends every arm down the tfjs model path (still on the lab engine).
      const viaModel = await runArms({ arms: arms.map((arm) => ({ ...arm, probes: [...(arm.probes ?? []), { id: 'dead-units', every: 10 }] })), seeds: [1, 2] });
      expect(own.records.map((record) => record.engine)).toEqual(viaModel.records.map(() => 'lab'));
      expect(viaModel.records.map((record) => record.engine)).toEqual(own.records.map(() => 'lab'));
      own.records.forEach((record, index) => {
        const twin = viaModel.records[index]!;
        expect(record.history).toEqual(twin.history);
        expect(record.metrics).toEqual(twin.metrics);
        const mine = record.probes[probe] as number[][] | undefined;
        const theirs = twin.probes[probe] as number[][] | undefined;
        expect(mine === undefined).toBe(theirs === undefined);
        mine?.forEach((row, layer) => row.forEach((value, k) => expect(value).toBeCloseTo(theirs![layer]![k]!, 6)));
      });
      expect(own.records.some((record) => record.probes[probe] !== undefined)).toBe(true);
      expect(tf.memory().numTensors).toBe(before);
    });
  }
});
