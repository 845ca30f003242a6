/**
 * Every hidden activation of the catalog trains on lab's array engine under 'auto', epoch by epoch as
 * tfjs trains it (losses, metrics and weights to 1e-4), whether tfjs fuses it into the Dense layer,
 * runs it as a catalog layer after a linear Dense layer, or learns its parameters (PReLU's slopes,
 * a trainable Swish's β, per layer and per unit).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { ActivationChoice, ModelConfig, TrainOptions } from '../../lab/types.ts';
import { listActivations } from '../../lab/activations/index.ts';
import { spiral } from '../../lab/datasets/index.ts';
import { buildModel } from '../../lab/models/index.ts';
import { train } from '../../lab/train/index.ts';
import { expectSameTraining } from './support/engine-comparison.ts';

const net = (activation: ActivationChoice): ModelConfig => ({
  inputSize: 2, hidden: [8, 4], activation, outputSize: 1, output: 'sigmoid', inputScale: 0.4, seed: 11,
});
const data = spiral({ seed: 4, size: 160 });
const options: TrainOptions = { epochs: 30, learningRate: 0.02, optimizer: 'adam', evaluateEvery: 10 };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const hiddenIds = listActivations().filter((entry) => entry.kind === 'scalar' && entry.hiddenUsable).map((entry) => entry.id);

describe('the array engine trains every hidden activation of the catalog as tfjs does', () => {
  it('covers at least the seventeen hidden activations', () => {
    expect(hiddenIds.length).toBeGreaterThanOrEqual(17);
  });

  it.each(hiddenIds)('%s with its default parameters', async (id) => {
    await expectSameTraining(net({ id }), data, options);
  });

  it.each([
    ['leaky-relu', { alpha: 0.3 }],
    ['elu', { alpha: 2 }],
    ['softplus', { beta: 3 }],
    ['linear', { c: 0.5 }],
    ['hard-sigmoid', { form: 0 }],
    ['hard-sigmoid', { form: 1 }],
    ['swish', { beta: 1.7 }],
    ['prelu', { alpha: 0 }],
  ] as const)('%s with %o', async (id, params) => {
    await expectSameTraining(net({ id, params }), data, options);
  });

  it('PReLU learns its slopes on the array engine, one per unit, as tfjs learns them', async () => {
    const model = buildModel(net({ id: 'prelu' }));
    const slopes = (): number[] => Array.from(model.layers.find((layer) => layer.getClassName() === 'PReLU')!.getWeights()[0]!.dataSync());
    const slopesBefore = slopes();
    const result = await train(model, data, { ...options, engine: 'lab' });
    const slopesAfter = slopes();
    model.dispose();
    expect(result.engine).toBe('lab');
    expect(slopesAfter).toHaveLength(8);
    expect(slopesAfter.some((slope, i) => Math.abs(slope - slopesBefore[i]!) > 1e-4)).toBe(true);
  });

  it.each([
    ['one β for the layer', { beta: 1, trainable: 1, perUnit: 0 }],
    ['one β per unit', { beta: 1.5, trainable: 1, perUnit: 1 }],
  ] as const)('trainable Swish with %s', async (_, params) => {
    await expectSameTraining(net({ id: 'swish', params }), data, options);
  });

  it('mixes activations per layer, PReLU after GELU (tanh form)', async () => {
    await expectSameTraining(
      { ...net({ id: 'gelu-tanh' }), activation: [{ id: 'gelu-tanh' }, { id: 'prelu' }] },
      data, { ...options, optimizer: 'rmsprop', batchSize: 32, seed: 3 },
    );
  });
});
