import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDataset } from '../../lab/datasets/index.ts';
import { train } from '../../lab/train/index.ts';
import { trainableSwishClass } from '../../lab/activations/index.ts';
import { readBetas } from '../../lab/swish/learned-betas.ts';
import { INITIAL_BETA, swishArms, type BetaSharing } from '../../lab/swish/swish-arms.ts';
import { buildArmModel } from '../../lab/runs/build-arm-model.ts';

const TrainableSwishClass = trainableSwishClass();

const dataset = makeDataset('circle', { size: 100, seed: 6 });
const network = { inputSize: 2, hidden: [5, 4], outputSize: 1, output: 'sigmoid' as const };

const recipe = { epochs: 10, learningRate: 0.05 };

function trainedArm(sharing: BetaSharing) {
  const arm = swishArms(network, sharing, dataset, recipe).find((candidate) => candidate.id === 'swish-trained')!;
  return { ...arm, build: (seed: number) => buildArmModel(arm.model, seed) };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('swishArms', () => {
  it('compares ReLU, Swish-1 and trained-β Swish, probing only the trained one', () => {
    const arms = swishArms(network, 'layer', dataset, recipe);
    expect(arms.map((arm) => [arm.id, arm.label])).toEqual([['relu', 'ReLU'], ['swish-1', 'Swish-1'], ['swish-trained', 'Swish, β per layer']]);
    expect(arms.map((arm) => arm.probes?.map((probe) => probe.id) ?? [])).toEqual([[], [], ['betas']]);
    expect(arms.every((arm) => arm.dataset === dataset && arm.train === recipe)).toBe(true);
    const swishOne = buildArmModel(arms[1]!.model, 1);
    expect(swishOne.layers.some((layer) => layer instanceof TrainableSwishClass)).toBe(false);
    swishOne.dispose();
  });

  it.each([['layer', [[INITIAL_BETA], [INITIAL_BETA]]], ['unit', [Array(5).fill(INITIAL_BETA), Array(4).fill(INITIAL_BETA)]]] as const)(
    'with β per %s starts every β at 1',
    (sharing, expected) => {
      const model = trainedArm(sharing).build(2);
      expect(readBetas(model)).toEqual(expected);
      model.dispose();
    },
  );

  it('gives the trainable β a non-zero gradient', () => {
    const model = trainedArm('layer').build(3);
    const layer = model.layers.find((candidate) => candidate instanceof TrainableSwishClass)!;
    const beta = layer.trainableWeights[0]!.read() as tf.Variable;
    const xs = tf.tensor2d(dataset.train.xs);
    const ys = tf.tensor2d(dataset.train.ys, [dataset.train.ys.length, 1]);
    const { value, grads } = tf.variableGrads(() => tf.losses.logLoss(ys, model.apply(xs, { training: true }) as tf.Tensor) as tf.Scalar, [beta]);
    const gradient = grads[beta.name]!.dataSync()[0]!;
    expect(Number.isFinite(gradient)).toBe(true);
    expect(Math.abs(gradient)).toBeGreaterThan(1e-6);
    tf.dispose([xs, ys, value, ...Object.values(grads)]);
    model.dispose();
  });

  it.each(['layer', 'unit'] as const)('moves β (per %s) away from 1 when trained through lab’s train, and leaks nothing', async (sharing) => {
    const before = tf.memory().numTensors;
    const model = trainedArm(sharing).build(4);
    const result = await train(model, dataset, { epochs: 30, learningRate: 0.05, optimizer: 'adam', seed: 4 });
    expect(result.status).toBe('done');
    const betas = readBetas(model).flat();
    expect(betas.every(Number.isFinite)).toBe(true);
    expect(Math.max(...betas.map((beta) => Math.abs(beta - INITIAL_BETA)))).toBeGreaterThan(0.01);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('trains to the same β for the same seed', async () => {
    const trainedBetas = async (seed: number) => {
      const model = trainedArm('unit').build(seed);
      await train(model, dataset, { epochs: 15, learningRate: 0.05, optimizer: 'adam', seed });
      const betas = readBetas(model);
      model.dispose();
      return betas;
    };
    expect(await trainedBetas(8)).toEqual(await trainedBetas(8));
  });

  it('refuses an unknown sharing', () => {
    expect(() => swishArms(network, 'channel' as BetaSharing, dataset, recipe)).toThrow(/layer or unit/);
  });
});
