import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import {
  catalogActivationClass, type CatalogActivation,
  trainableSwishClass, type TrainableSwish,
  activationLayerFor,
  listActivations,
  type ActivationEntry,
  type TfjsActivationId,
} from '../../lab/activations/index.ts';
import type { ActivationChoice } from '../../lab/types.ts';

const CatalogActivationClass = catalogActivationClass();
const TrainableSwishClass = trainableSwishClass();

await tf.setBackend('cpu');

const HIDDEN_UNITS = 8;
const LEARNING_RATE = 0.5;
const POINTS = 16;
const SEED = 7;

/** A small deterministic xor-like problem in the plane. */
function toyData(): { xs: tf.Tensor2D; ys: tf.Tensor2D } {
  const rows = Array.from({ length: POINTS }, (_, i) => [1.5 * Math.cos(i * 1.3), 1.5 * Math.sin(i * 2.1)]);
  return tf.tidy(() => ({
    xs: tf.tensor2d(rows),
    ys: tf.tensor2d(rows.map(([a, b]) => [a * b > 0 ? 1 : 0])),
  }));
}

/** Dense 2→8 with the activation, then Dense 1 with a sigmoid: built here because the model builder is separate. */
function buildModel(choice: ActivationChoice): tf.Sequential {
  const spec = activationLayerFor(choice);
  const model = tf.sequential();
  model.add(tf.layers.dense({
    units: HIDDEN_UNITS,
    inputShape: [2],
    activation: spec.builtin ?? 'linear',
    kernelInitializer: tf.initializers.glorotUniform({ seed: SEED }),
    biasInitializer: tf.initializers.constant({ value: 0.1 }),
  }));
  if (spec.layer) model.add(spec.layer());
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: SEED + 1 }) }));
  return model;
}

function trainSteps(model: tf.Sequential, steps: number): number[] {
  const { xs, ys } = toyData();
  const optimizer = tf.train.sgd(LEARNING_RATE);
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) {
    const loss = optimizer.minimize(() => tf.tidy(() => tf.losses.logLoss(ys, model.predict(xs) as tf.Tensor) as tf.Scalar), true);
    losses.push(loss?.dataSync()[0] ?? NaN);
    loss?.dispose();
  }
  optimizer.dispose();
  xs.dispose();
  ys.dispose();
  return losses;
}

function weightValues(layer: tf.layers.Layer): number[][] {
  return layer.getWeights().map((w) => Array.from(w.dataSync()));
}

function defaultsOf(entry: ActivationEntry): Record<string, number> {
  return Object.fromEntries(entry.params.map((spec) => [spec.name, spec.default]));
}

const HIDDEN_ENTRIES = listActivations({ hiddenOnly: true });

/** Every entry at defaults plus each shape parameter at its extremes or each of its choices. */
const PARAM_CASES = listActivations().flatMap((entry) => {
  const defaults = defaultsOf(entry);
  const cases = [{ id: entry.id, params: defaults }];
  for (const spec of entry.params) {
    if (spec.trainingOnly) continue;
    const values = spec.choices ? spec.choices.map((c) => c.value) : [spec.min, spec.max, (spec.min + spec.max) / 2];
    for (const value of values) if (value !== spec.default) cases.push({ id: entry.id, params: { ...defaults, [spec.name]: value } });
  }
  return cases;
});

describe('activationLayerFor', () => {
  it.each([
    [{ id: 'relu' }, 'relu'],
    [{ id: 'tanh' }, 'tanh'],
    [{ id: 'sigmoid' }, 'sigmoid'],
    [{ id: 'linear' }, 'linear'],
    [{ id: 'swish' }, 'swish'],
    [{ id: 'mish' }, 'mish'],
    [{ id: 'gelu' }, 'gelu'],
    [{ id: 'gelu-tanh' }, 'gelu_new'],
    [{ id: 'elu' }, 'elu'],
    [{ id: 'selu' }, 'selu'],
    [{ id: 'softplus' }, 'softplus'],
    [{ id: 'softsign' }, 'softsign'],
    [{ id: 'relu6' }, 'relu6'],
    [{ id: 'hard-sigmoid', params: { form: 1 } }, 'hardSigmoid'],
  ])('%o fuses as the tfjs built-in %s', (choice, builtin) => {
    const spec = activationLayerFor(choice);
    expect(spec.builtin).toBe(builtin);
    expect(spec.layer).toBeUndefined();
  });

  it.each<ActivationChoice>([
    { id: 'step' },
    { id: 'leaky-relu' },
    { id: 'leaky-relu', params: { alpha: 0.3 } },
    { id: 'hard-sigmoid' },
    { id: 'elu', params: { alpha: 2 } },
    { id: 'swish', params: { beta: 2 } },
    { id: 'softplus', params: { beta: 3 } },
    { id: 'linear', params: { c: 2 } },
  ])('%o needs a custom layer because no built-in computes it', (choice) => {
    const spec = activationLayerFor(choice);
    expect(spec.builtin).toBeUndefined();
    const layer = spec.layer?.();
    expect(layer).toBeInstanceOf(CatalogActivationClass);
    expect((layer as CatalogActivation).activationId).toBe(choice.id);
  });

  it('gives PReLU a trainable α starting at 0.25 by default, and at the given value otherwise', () => {
    for (const [params, expected] of [[undefined, 0.25], [{ alpha: 0.1 }, 0.1]] as const) {
      const spec = activationLayerFor({ id: 'prelu', params });
      expect(spec.builtin).toBeUndefined();
      const model = tf.sequential();
      model.add(tf.layers.dense({ units: 3, inputShape: [2] }));
      const layer = spec.layer?.() as tf.layers.Layer;
      model.add(layer);
      expect(layer.getClassName()).toBe('PReLU');
      expect(layer.trainableWeights).toHaveLength(1);
      expect(weightValues(layer)[0]).toEqual(new Array(3).fill(Math.fround(expected)));
      model.dispose();
    }
  });

  it('gives Swish a TrainableSwish layer when trainable is on', () => {
    const spec = activationLayerFor({ id: 'swish', params: { beta: 1.5, trainable: 1, perUnit: 1 } });
    expect(spec.builtin).toBeUndefined();
    const layer = spec.layer?.();
    expect(layer).toBeInstanceOf(TrainableSwishClass);
    expect((layer as TrainableSwish).perUnit).toBe(true);
    expect((layer as TrainableSwish).initialBeta).toBe(1.5);
  });

  it('refuses unknown ids and invalid parameters with a clear message', () => {
    expect(() => activationLayerFor({ id: 'sine' })).toThrow(/Unknown activation "sine".*relu/);
    expect(() => activationLayerFor({ id: 'leaky-relu', params: { alpha: 5 } })).toThrow(/alpha = 5 is outside \[0, 1\]/);
    expect(() => activationLayerFor({ id: 'relu', params: { alpha: 0.1 } })).toThrow(/no parameter "alpha"/);
    expect(() => new CatalogActivationClass({ activationId: 'elu', params: { alpha: 9 } })).toThrow(/alpha = 9 is outside/);
    expect(() => new CatalogActivationClass({ activationId: 'sine' })).toThrow(/Unknown activation "sine"/);
  });
});

describe('built-in and custom layer agree', () => {
  const withBuiltin = PARAM_CASES.filter(({ id, params }) => activationLayerFor({ id, params }).builtin != null);

  it('covers every entry that has a built-in form', () => {
    const ids = new Set(withBuiltin.map((c) => c.id));
    for (const id of ['linear', 'sigmoid', 'tanh', 'relu', 'elu', 'selu', 'softplus', 'softsign', 'softmax', 'swish', 'gelu', 'gelu-tanh', 'mish', 'hard-sigmoid', 'relu6']) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it.each(withBuiltin)('$id %o: same outputs from the string and from the catalog layer', ({ id, params }) => {
    const builtin = activationLayerFor({ id, params }).builtin as TfjsActivationId;
    const input = Array.from({ length: 24 }, (_, i) => -7 + i * 0.61);
    const before = tf.memory().numTensors;
    const [fused, custom] = tf.tidy(() => {
      const x = tf.tensor2d(input, [4, 6]);
      const a = tf.layers.activation({ activation: builtin }).apply(x) as tf.Tensor;
      const b = new CatalogActivationClass({ activationId: id, params }).apply(x) as tf.Tensor;
      return [a.dataSync(), b.dataSync()];
    });
    expect(tf.memory().numTensors).toBe(before);
    fused.forEach((value, i) => expect(Math.abs(value - custom[i]), `at ${input[i]}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(value))));
  });
});

describe('training with every hidden activation', () => {
  const choices: ActivationChoice[] = [
    ...HIDDEN_ENTRIES.map((entry) => ({ id: entry.id })),
    { id: 'elu', params: { alpha: 2 } },
    { id: 'swish', params: { beta: 2 } },
    { id: 'swish', params: { trainable: 1 } },
    { id: 'hard-sigmoid', params: { form: 1 } },
    { id: 'linear', params: { c: 2 } },
  ];

  it.each(choices)('%o: one optimizer step runs, changes the weights, and leaks no tensors', (choice) => {
    const before = tf.memory().numTensors;
    const model = buildModel(choice);
    const firstBefore = weightValues(model.layers[0]);
    const lastBefore = weightValues(model.layers[model.layers.length - 1]);
    const [loss] = trainSteps(model, 1);
    expect(Number.isFinite(loss)).toBe(true);
    expect(weightValues(model.layers[model.layers.length - 1])).not.toEqual(lastBefore);
    // The step function passes no gradient back, so the first layer cannot move; every other one must.
    if (choice.id === 'step') expect(weightValues(model.layers[0])).toEqual(firstBefore);
    else expect(weightValues(model.layers[0])).not.toEqual(firstBefore);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('trainable parameters', () => {
  it('TrainableSwish β receives a non-zero gradient', () => {
    const layer = new TrainableSwishClass({ beta: 1 });
    const x = tf.tensor2d([[-2, -0.5, 0.7, 3]]);
    layer.apply(x);
    const { grads } = tf.variableGrads(() => tf.sum(layer.apply(x) as tf.Tensor) as tf.Scalar, layer.trainableWeights.map((w) => w.read() as tf.Variable));
    const gradient = Object.values(grads)[0].dataSync();
    // ∂/∂β Σ x σ(βx) = Σ x² σ(βx)(1 − σ(βx)), computed by hand.
    const expected = [-2, -0.5, 0.7, 3].reduce((sum, v) => {
      const s = 1 / (1 + Math.exp(-v));
      return sum + v * v * s * (1 - s);
    }, 0);
    expect(gradient[0]).toBeCloseTo(expected, 5);
    expect(Math.abs(gradient[0])).toBeGreaterThan(0.1);
    Object.values(grads).forEach((g) => g.dispose());
    x.dispose();
    layer.dispose();
  });

  it('TrainableSwish β changes over a few training steps (one per layer, or one per unit)', () => {
    for (const perUnit of [0, 1]) {
      const before = tf.memory().numTensors;
      const model = buildModel({ id: 'swish', params: { trainable: 1, perUnit } });
      const swishLayer = model.layers[1] as TrainableSwish;
      const initial = swishLayer.betaValues();
      expect(initial).toEqual(new Array(perUnit ? HIDDEN_UNITS : 1).fill(1));
      const losses = trainSteps(model, 5);
      const trained = swishLayer.betaValues();
      expect(trained).toHaveLength(initial.length);
      expect(trained.some((beta, i) => Math.abs(beta - initial[i]) > 1e-4)).toBe(true);
      if (perUnit) expect(new Set(trained).size).toBeGreaterThan(1);
      expect(losses[4]).toBeLessThan(losses[0]);
      model.dispose();
      expect(tf.memory().numTensors).toBe(before);
    }
  });

  it('PReLU α changes over a few training steps', () => {
    const model = buildModel({ id: 'prelu' });
    const preluLayer = model.layers[1];
    const initial = weightValues(preluLayer)[0];
    trainSteps(model, 5);
    const trained = weightValues(preluLayer)[0];
    expect(trained.some((alpha, i) => Math.abs(alpha - initial[i]) > 1e-4)).toBe(true);
    model.dispose();
  });
});

describe('serialization', () => {
  it('a model with catalog and trainable-Swish layers survives toJSON and modelFromJSON', async () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ units: 4, inputShape: [2], kernelInitializer: tf.initializers.glorotUniform({ seed: SEED }) }));
    model.add(new CatalogActivationClass({ activationId: 'leaky-relu', params: { alpha: 0.2 } }));
    model.add(new TrainableSwishClass({ beta: 1.3, perUnit: true }));
    model.add(tf.layers.dense({ units: 1, kernelInitializer: tf.initializers.glorotUniform({ seed: SEED + 1 }) }));
    const json = model.toJSON(undefined, false) as unknown as tf.io.ModelJSON['modelTopology'];
    const copy = await tf.models.modelFromJSON({ modelTopology: json } as tf.io.ModelJSON);
    copy.setWeights(model.getWeights());
    const x = tf.tensor2d([[0.3, -1.2], [2, 0.5]]);
    const a = (model.predict(x) as tf.Tensor).dataSync();
    const b = (copy.predict(x) as tf.Tensor).dataSync();
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(copy.layers[1].getClassName()).toBe(CatalogActivationClass.className);
    expect(copy.layers[2].getClassName()).toBe(TrainableSwishClass.className);
    model.dispose();
    copy.dispose();
    x.dispose();
  });
});

describe('framework facts recorded in the catalog', () => {
  it('every TF.js identifier listed in the catalog is accepted by tf.layers', () => {
    for (const entry of listActivations()) {
      const identifier = entry.frameworks.tfjs.identifier;
      if (identifier == null) continue;
      const layer = tf.layers.activation({ activation: identifier as 'relu' });
      expect(() => tf.tidy(() => layer.apply(tf.ones([1, 3])) as tf.Tensor)).not.toThrow();
    }
  });

  it.each(['hard_sigmoid', 'leakyRelu', 'leaky_relu', 'prelu', 'step', 'silu'])('the TF.js string "%s" fails with Unknown activation', (name) => {
    expect(() => tf.layers.activation({ activation: name as 'relu' })).toThrow(/Unknown activation/);
  });

  it('TF.js’s built-in hardSigmoid is the 0.2x + ½ form and its ELU layer refuses α ≠ 1', () => {
    const y = tf.tidy(() => (tf.layers.activation({ activation: 'hardSigmoid' }).apply(tf.tensor1d([1])) as tf.Tensor).dataSync()[0]);
    expect(y).toBeCloseTo(0.7, 6);
    expect(() => tf.layers.elu({ alpha: 2 })).toThrow();
  });
});
