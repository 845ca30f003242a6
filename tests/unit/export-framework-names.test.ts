/**
 * The generated programs name only real APIs and write out every default that differs between the
 * frameworks. Activation APIs are checked against the catalog's framework table; the rest of the
 * Keras 3 names against Keras 3's public API (keras/api/ in keras-team/keras), listed below.
 */
import { describe, expect, it } from 'vitest';
import { frameworkPrograms, listActivations, type NetworkRecipe } from '../../lab/index.ts';
import { activationVariants } from './export-variants.ts';

/** Keras 3 public names the programs use besides activations (each checked in keras/api/). */
const KERAS_API = new Set([
  'keras.Input', 'keras.Sequential', 'keras.layers.Dense', 'keras.layers.Layer',
  'keras.initializers.GlorotUniform', 'keras.initializers.HeNormal', 'keras.initializers.LecunNormal', 'keras.initializers.Constant',
  'keras.optimizers.SGD', 'keras.optimizers.Adam', 'keras.optimizers.RMSprop',
  'keras.losses.BinaryCrossentropy', 'keras.losses.SparseCategoricalCrossentropy',
  'keras.metrics.BinaryAccuracy', 'keras.metrics.SparseCategoricalAccuracy',
  'keras.utils.set_random_seed',
  'keras.ops.sigmoid', 'keras.ops.softplus', 'keras.ops.clip', 'keras.ops.cast', 'keras.ops.greater_equal',
]);

const BASE: NetworkRecipe = {
  dataset: { id: 'xor', seed: 1 },
  depth: 2,
  width: 8,
  activation: { id: 'relu' },
  optimizer: 'adam',
  learningRate: 0.01,
  epochs: 5,
  batchSize: 10,
  seed: 1,
};

/** The function or class a catalog call names, e.g. 'torch.nn.LeakyReLU' from 'torch.nn.LeakyReLU(negative_slope=0.01)'. */
const calledName = (call: string): string => call.slice(0, call.indexOf('(')).trim();

function catalogNames(framework: 'keras' | 'pytorch' | 'tfjs'): Set<string> {
  return new Set(listActivations().flatMap((entry) => entry.frameworks[framework].calls.map(calledName)));
}

const VARIANTS = activationVariants();

describe('the Keras 3 program', () => {
  const kerasNames = new Set([...KERAS_API, ...catalogNames('keras')]);
  const kerasIdentifiers = new Set(listActivations().map((entry) => entry.frameworks.keras.identifier));

  it.each(VARIANTS)('names only Keras 3 APIs for %s', (_, activation) => {
    const program = frameworkPrograms({ ...BASE, activation }).keras;
    const used = [
      ...[...program.matchAll(/\bkeras(?:\.\w+)+/g)].map((m) => m[0]),
      ...[...program.matchAll(/(?<![.\w])layers\.(\w+)/g)].map((m) => `keras.layers.${m[1]}`),
    ];
    expect(used.length).toBeGreaterThanOrEqual(8);
    used.forEach((name) => expect(kerasNames, name).toContain(name));
    for (const [, identifier] of program.matchAll(/activation="(\w+)"/g)) expect(kerasIdentifiers).toContain(identifier);
  });
});

describe('the PyTorch program', () => {
  const torchNames = catalogNames('pytorch');
  const ownModules = new Set(['Linear', 'Sequential', 'Module', 'Parameter', 'BCEWithLogitsLoss', 'CrossEntropyLoss']);

  it.each(VARIANTS)('takes its activation module from the catalog for %s', (_, activation) => {
    const program = frameworkPrograms({ ...BASE, activation }).pytorch;
    const modules = [...program.matchAll(/\bnn\.([A-Z]\w*)\(/g)].map((m) => m[1]!).filter((name) => !ownModules.has(name));
    modules.forEach((name) => expect(torchNames, name).toContain(`torch.nn.${name}`));
  });
});

describe('the TensorFlow.js program', () => {
  const tfjsNames = catalogNames('tfjs');

  it.each(VARIANTS)('uses the catalog\'s activation string or layer for %s', (_, activation) => {
    const program = frameworkPrograms({ ...BASE, activation }).tfjs;
    const layers = [...program.matchAll(/tf\.layers\.(\w+)\(/g)].map((m) => m[1]).filter((name) => name !== 'dense' && name !== 'Layer');
    layers.forEach((name) => expect(tfjsNames, name).toContain(`tf.layers.${name}`));
  });
});

describe('defaults that differ between the frameworks', () => {
  const programsFor = (change: Partial<NetworkRecipe>) => frameworkPrograms({ ...BASE, ...change });

  it('writes the leaky slope and the PReLU starting slope in all three', () => {
    const leaky = programsFor({ activation: { id: 'leaky-relu', params: { alpha: 0.05 } } });
    expect(leaky.keras).toContain('layers.LeakyReLU(negative_slope=0.05)');
    expect(leaky.pytorch).toContain('nn.LeakyReLU(negative_slope=0.05)');
    expect(leaky.tfjs).toContain('tf.layers.leakyReLU({ alpha: 0.05 })');
    const prelu = programsFor({ activation: { id: 'prelu' } });
    expect(prelu.keras).toContain('layers.PReLU(alpha_initializer=keras.initializers.Constant(0.25))');
    expect(prelu.pytorch).toContain('nn.PReLU(num_parameters=8, init=0.25)');
    expect(prelu.tfjs).toContain('tf.layers.prelu({ alphaInitializer: tf.initializers.constant({ value: 0.25 }) })');
  });

  it('picks the same hard sigmoid and the same GELU form in all three', () => {
    const keras3Form = programsFor({ activation: { id: 'hard-sigmoid', params: { form: 0 } } });
    expect(keras3Form.keras).toContain('activation="hard_sigmoid"');
    expect(keras3Form.pytorch).toContain('nn.Hardsigmoid()');
    expect(keras3Form.tfjs).not.toContain("'hardSigmoid'");
    const tfjsForm = programsFor({ activation: { id: 'hard-sigmoid', params: { form: 1 } } });
    expect(tfjsForm.tfjs).toContain("dense(units, index, 'hardSigmoid')");
    expect(tfjsForm.keras).toContain('keras.ops.clip(0.2 * x + 0.5, 0.0, 1.0)');
    expect(tfjsForm.pytorch).toContain('torch.clamp(0.2 * x + 0.5, 0.0, 1.0)');
    const tanhGelu = programsFor({ activation: { id: 'gelu-tanh' } });
    expect(tanhGelu.keras).toContain('keras.activations.gelu(x, approximate=True)');
    expect(tanhGelu.pytorch).toContain("nn.GELU(approximate='tanh')");
    expect(tanhGelu.tfjs).toContain("dense(units, index, 'gelu_new')");
    expect(programsFor({ activation: { id: 'gelu' } }).pytorch).toContain("nn.GELU(approximate='none')");
  });

  it('writes the optimiser constants, the loss reduction and the initialisers', () => {
    const adam = programsFor({ optimizer: 'adam' });
    expect(adam.keras).toContain('epsilon=1e-7');
    expect(adam.pytorch).toContain('eps=1e-7');
    expect(adam.tfjs).toContain('tf.train.adam(LEARNING_RATE, 0.9, 0.999, 1e-7)');
    const rmsprop = programsFor({ optimizer: 'rmsprop' });
    expect(rmsprop.keras).toContain('rho=0.9');
    expect(rmsprop.pytorch).toContain('alpha=0.9, eps=1e-7');
    expect(adam.keras).toContain('reduction="sum_over_batch_size"');
    expect(adam.pytorch).toContain('BCEWithLogitsLoss(reduction="mean")');
    expect(adam.tfjs).toContain('tf.mean(');
    expect(adam.keras).toContain('keras.initializers.GlorotUniform(seed=LAYER_SEEDS[index])');
    expect(adam.pytorch).toContain('nn.init.xavier_uniform_(layer.weight, gain=1.0)');
    expect(adam.pytorch).toContain('nn.init.zeros_(layer.bias)');
    const he = programsFor({ initializer: 'he' });
    expect(he.pytorch).toContain('nn.init.trunc_normal_(layer.weight, mean=0.0, std=std, a=-2.0 * std, b=2.0 * std)');
    expect(he.tfjs).toContain('tf.initializers.heNormal({ seed: LAYER_SEEDS[index] })');
  });

  it('uses the same seeds for the initial kernels in Keras and TensorFlow.js', () => {
    const programs = programsFor({});
    const kerasSeeds = /LAYER_SEEDS = (\[[\d, ]+\])/.exec(programs.keras)?.[1];
    const tfjsSeeds = /const LAYER_SEEDS = (\[[\d, ]+\]);/.exec(programs.tfjs)?.[1];
    expect(kerasSeeds).toBeDefined();
    expect(JSON.parse(kerasSeeds!)).toEqual(JSON.parse(tfjsSeeds!));
  });
});
