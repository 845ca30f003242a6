import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_FUNCTION_IDS, type BaseFunctionId } from '../../lab/learned/base-functions.ts';
import { COMBINATION_MODES, coefficientsFromRaw } from '../../lab/learned/coefficients.ts';
import { learnedActivationClass, type LearnedActivation } from '../../lab/learned/learned-activation-layer.ts';

const LearnedActivationClass = learnedActivationClass();

const XS = Array.from({ length: 41 }, (_, i) => -5 + i * 0.25);
const RAW = [0.7, -0.4, 1.3, 0.2, -1.1];

/** The base functions written out by hand, independently of the catalog. */
const BY_HAND: Readonly<Record<BaseFunctionId, (x: number) => number>> = {
  identity: (x) => x,
  relu: (x) => Math.max(0, x),
  tanh: (x) => Math.tanh(x),
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  swish: (x) => x / (1 + Math.exp(-x)),
};

function outputsOf(layer: LearnedActivation, xs: readonly number[]): number[] {
  return tf.tidy(() => Array.from((layer.apply(tf.tensor2d(xs.slice(), [xs.length, 1])) as tf.Tensor).dataSync()));
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('LearnedActivation', () => {
  it.each(COMBINATION_MODES)('in %s mode outputs Σ cᵢ fᵢ(x) computed by hand', (mode) => {
    const bases = [...BASE_FUNCTION_IDS];
    const layer = new LearnedActivationClass({ bases, mode, initialRaw: RAW });
    const c = coefficientsFromRaw(mode, RAW);
    const outputs = outputsOf(layer, XS);
    XS.forEach((x, i) => {
      const expected = bases.reduce((total, id, k) => total + c[k]! * BY_HAND[id](x), 0);
      expect(outputs[i]).toBeCloseTo(expected, 4);
    });
    layer.coefficients().forEach((value, k) => expect(value).toBeCloseTo(c[k]!, 6));
    layer.dispose();
  });

  it('as a convex mix of identity and ReLU is leaky ReLU with slope c_identity', () => {
    for (const logits of [[-1.2, 0.8], [0, 0], [2.5, -0.3], [-4, 4]]) {
      const layer = new LearnedActivationClass({ bases: ['identity', 'relu'], mode: 'convex', initialRaw: logits });
      const [cIdentity] = layer.coefficients() as [number, number];
      const outputs = outputsOf(layer, XS);
      const leaky = tf.tidy(() => Array.from(tf.leakyRelu(tf.tensor1d(XS), cIdentity).dataSync()));
      XS.forEach((x, i) => {
        expect(outputs[i]).toBeCloseTo(leaky[i]!, 5);
        expect(outputs[i]).toBeCloseTo(x >= 0 ? x : cIdentity * x, 5);
      });
      expect(cIdentity).toBeGreaterThanOrEqual(0);
      expect(cIdentity).toBeLessThanOrEqual(1);
      layer.dispose();
    }
  });

  it('gives every coefficient a gradient, equal to the mean of its base function when the loss is the mean output', () => {
    const layer = new LearnedActivationClass({ bases: ['identity', 'relu', 'tanh'], mode: 'linear' });
    const xs = tf.tensor2d(XS, [XS.length, 1]);
    layer.apply(xs);
    const raw = layer.trainableWeights[0]!.read() as tf.Variable;
    const { grads, value } = tf.variableGrads(() => tf.mean(layer.apply(xs) as tf.Tensor) as tf.Scalar, [raw]);
    const gradient = Array.from(grads[raw.name]!.dataSync());
    const mean = (f: (x: number) => number) => XS.reduce((total, x) => total + f(x), 0) / XS.length;
    expect(gradient[0]).toBeCloseTo(mean(BY_HAND.identity), 5);
    expect(gradient[1]).toBeCloseTo(mean(BY_HAND.relu), 5);
    expect(gradient[2]).toBeCloseTo(mean(BY_HAND.tanh), 5);
    tf.dispose([xs, value, ...Object.values(grads)]);
    layer.dispose();
  });

  it('leaves no tensors behind after forward passes and disposal', () => {
    const before = tf.memory().numTensors;
    const layer = new LearnedActivationClass({ bases: ['identity', 'relu', 'tanh', 'sigmoid', 'swish'], mode: 'affine' });
    for (let i = 0; i < 3; i++) outputsOf(layer, XS);
    layer.coefficients();
    layer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is registered for serialisation: a model holding it survives toJSON and modelFromJSON with the same output', async () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ units: 3, inputShape: [1], kernelInitializer: tf.initializers.glorotUniform({ seed: 5 }) }));
    model.add(new LearnedActivationClass({ bases: ['relu', 'tanh'], mode: 'affine', initialRaw: [0.9, 0.4] }));
    const config = (model.layers[1] as LearnedActivation).getConfig();
    expect(config).toMatchObject({ bases: ['relu', 'tanh'], mode: 'affine', initialRaw: [0.9, 0.4] });
    const topology = model.toJSON(null, false) as tf.io.ModelJSON['modelTopology'];
    const copy = await tf.models.modelFromJSON({ modelTopology: topology! });
    copy.setWeights(model.getWeights());
    expect(copy.layers[1]).toBeInstanceOf(LearnedActivationClass);
    const predict = (m: tf.LayersModel) => tf.tidy(() => Array.from((m.predict(tf.tensor2d(XS, [XS.length, 1])) as tf.Tensor).dataSync()));
    expect(predict(copy)).toEqual(predict(model));
    model.dispose();
    copy.dispose();
  });

  it.each([
    [{ bases: ['relu', 'softsign'], mode: 'convex' }, /unknown base function softsign/],
    [{ bases: ['relu', 'relu'], mode: 'convex' }, /only once/],
    [{ bases: ['relu'], mode: 'convex' }, /at least 2/],
    [{ bases: ['relu', 'tanh'], mode: 'simplex' }, /mode must be one of/],
    [{ bases: ['relu', 'tanh'], mode: 'linear', initialRaw: [1] }, /initialRaw needs 2 finite numbers/],
    [{ bases: ['relu', 'tanh'], mode: 'linear', initialRaw: [1, Number.NaN] }, /initialRaw needs 2 finite numbers/],
  ])('refuses %o with a clear message', (args, message) => {
    expect(() => new LearnedActivationClass(args as unknown as ConstructorParameters<typeof LearnedActivationClass>[0])).toThrow(message);
  });
});
