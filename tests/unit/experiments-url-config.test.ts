import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../lab/experiments/limits.ts';
import type { ExperimentConfig } from '../../lab/experiments/definition.ts';
import { configFromSearchParams, configToSearchParams, hasConfigParams, mergeConfigIntoSearch } from '../../lab/experiments/url-config.ts';
import { readActivationList, formatActivationList } from '../../lab/experiments/activation-list.ts';
import { validateExperimentConfig } from '../../lab/experiments/validate-config.ts';

const SCRIPT = '<script>alert(1)</script>';
const custom: ExperimentConfig = {
  dataset: 'spiral', noise: 0.2, dataSeed: 9, depth: 3, width: 32,
  activations: [{ id: 'leaky-relu', params: { alpha: 0.2 } }, { id: 'swish', params: { beta: 1.5, trainable: 1, perUnit: 0 } }, { id: 'selu', params: {} }],
  initializer: 'he', optimizer: 'momentum', learningRate: 0.005, epochs: 750, seeds: 7, firstSeed: 40, targetAccuracy: null,
};

describe('URL config', () => {
  it('round-trips a config through the query string with no notices', () => {
    const search = configToSearchParams(custom).toString();
    expect(configFromSearchParams(search)).toEqual({ config: custom, notices: [] });
    expect(search).toContain('act=leaky-relu%3Aalpha%3D0.2%2Cswish%3Abeta%3D1.5%3Atrainable%3D1%2Cselu');
  });

  it('gives the defaults, silently, for a query string without experiment parameters', () => {
    expect(configFromSearchParams('?utm=1&theme=dark')).toEqual({ config: DEFAULT_EXPERIMENT, notices: [] });
    expect(hasConfigParams('?theme=dark')).toBe(false);
    expect(hasConfigParams('?width=3')).toBe(true);
  });

  it('keeps other parameters when writing the config into a query string', () => {
    const params = new URLSearchParams(mergeConfigIntoSearch('theme=dark&width=1', custom));
    expect(params.get('theme')).toBe('dark');
    expect(params.get('width')).toBe('32');
  });

  const d = DEFAULT_EXPERIMENT;
  it.each<[string, string, keyof ExperimentConfig, unknown, RegExp]>([
    ['unknown data set', 'dataset=imagenet', 'dataset', d.dataset, /^Data set: "imagenet" is not one of spiral, circle, xor, gauss, iris, penguins, mnist, csv; using iris\.$/],
    ['script as data set', `dataset=${encodeURIComponent(SCRIPT)}`, 'dataset', d.dataset, /^Data set: "<script>alert\(1\)<\/script>" is not one of/],
    ['width too large', 'width=100000', 'width', d.width, /^Units per layer: "100000" is outside 1 to 256; using 8\.$/],
    ['width zero', 'width=0', 'width', d.width, /outside 1 to 256/],
    ['fractional width', 'width=2.5', 'width', d.width, /not a whole number/],
    ['hex width', 'width=0x10', 'width', d.width, /not a number/],
    ['empty width', 'width=', 'width', d.width, /"" is not a number/],
    ['depth too large', 'depth=9', 'depth', d.depth, /Hidden layers: "9" is outside 1 to 8/],
    ['epochs too many', 'epochs=5000', 'epochs', d.epochs, /Epochs: "5000" is outside 1 to 2000/],
    ['Infinity epochs', 'epochs=Infinity', 'epochs', d.epochs, /not a number/],
    ['zero seeds', 'seeds=0', 'seeds', d.seeds, /Seeds: "0" is outside 1 to 10/],
    ['eleven seeds', 'seeds=11', 'seeds', d.seeds, /outside 1 to 10/],
    ['negative first seed', 'seed=-1', 'firstSeed', d.firstSeed, /First seed/],
    ['learning rate NaN', 'lr=NaN', 'learningRate', d.learningRate, /Learning rate: "NaN" is not a number/],
    ['learning rate too high', 'lr=1e9', 'learningRate', d.learningRate, /outside 0.00001 to 10/],
    ['negative learning rate', 'lr=-0.1', 'learningRate', d.learningRate, /outside/],
    ['unknown optimizer', 'opt=lion', 'optimizer', d.optimizer, /Optimizer: "lion" is not one of sgd, momentum, adam, rmsprop/],
    ['script as optimizer', `opt=${encodeURIComponent('"><svg onload=alert(1)>')}`, 'optimizer', d.optimizer, /^Optimizer: ""><svg onload=alert\(1\)>" is not one of/],
    ['unknown initialiser', 'init=orthogonal', 'initializer', d.initializer, /Initialiser/],
    ['noise too high', 'noise=0.9', 'noise', d.noise, /Noise: "0.9" is outside 0 to 0.5/],
    ['target above 1', 'target=1.5', 'targetAccuracy', d.targetAccuracy, /Target accuracy: "1.5" is outside 0.01 to 1; using 0.9\./],
    ['target as words', 'target=high', 'targetAccuracy', d.targetAccuracy, /not a number/],
    ['data seed fractional', 'data-seed=1.5', 'dataSeed', d.dataSeed, /Data seed/],
    ['only unknown activations', 'act=foo,bar', 'activations', d.activations, /Unknown activation "foo" was left out\./],
    ['softmax as hidden activation', 'act=softmax', 'activations', d.activations, /softmax is an output activation/],
    ['script as activation', `act=${encodeURIComponent(SCRIPT)}`, 'activations', d.activations, /^Unknown activation "<script>alert\(1\)<\/script>" was left out\.$/],
    ['empty activation list', 'act=', 'activations', d.activations, /none of the given ones can run; using tanh, relu/],
  ])('replaces %s with the default and says so', (_, search, field, expected, notice) => {
    const { config, notices } = configFromSearchParams(search);
    expect(config[field]).toEqual(expected);
    expect(notices.some((text) => notice.test(text))).toBe(true);
    expect({ ...config, [field]: d[field] }).toEqual(DEFAULT_EXPERIMENT);
  });

  it('keeps the good values of a partly bad query and lists every replaced one', () => {
    const { config, notices } = configFromSearchParams('dataset=circle&width=999&depth=2&lr=abc&act=relu,nope,gelu');
    expect(config).toMatchObject({ dataset: 'circle', width: d.width, depth: 2, learningRate: d.learningRate });
    expect(config.activations.map((a) => a.id)).toEqual(['relu', 'gelu']);
    expect(notices).toHaveLength(3);
  });

  it('shortens an overlong value in its notice', () => {
    const { notices } = configFromSearchParams(`opt=${'a'.repeat(5000)}`);
    expect(notices[0]!.length).toBeLessThan(150);
  });

  it('accepts "none" as no target', () => {
    expect(configFromSearchParams('target=none').config.targetAccuracy).toBeNull();
  });
});

describe('activation lists', () => {
  it('fills in defaults, repairs bad parameters, drops duplicates and caps the count', () => {
    const reading = readActivationList('relu, leaky-relu:alpha=5, leaky-relu:alpha=0.01 ,relu,elu:beta=2');
    expect(reading.activations).toEqual([{ id: 'relu', params: {} }, { id: 'leaky-relu', params: { alpha: 0.01 } }, { id: 'elu', params: { alpha: 1 } }]);
    expect(reading.notices).toEqual([
      'Leaky ReLU: alpha = 5 is outside [0, 1]; using the default 0.01.',
      'leaky-relu was listed twice; it runs once.',
      'relu was listed twice; it runs once.',
      'ELU has no parameter "beta"; it was ignored.',
    ]);
    const many = readActivationList('relu,tanh,sigmoid,elu,selu,gelu,swish,mish,softplus,softsign,relu6,prelu');
    expect(many.activations).toHaveLength(10);
    expect(many.notices).toEqual(['At most 10 activations per grid; kept the first 10.']);
  });

  it('writes only the parameters that differ from the defaults', () => {
    expect(formatActivationList([{ id: 'leaky-relu', params: { alpha: 0.01 } }, { id: 'swish', params: { beta: 2, trainable: 0, perUnit: 0 } }]))
      .toBe('leaky-relu,swish:beta=2');
  });
});

describe('validateExperimentConfig', () => {
  it('accepts numbers as well as text, and refuses a non-object', () => {
    expect(validateExperimentConfig({ width: 16, epochs: '20' }).config).toMatchObject({ width: 16, epochs: 20 });
    expect(validateExperimentConfig('width=3').notices[0]).toMatch(/must be an object/);
    expect(validateExperimentConfig(null).config).toEqual(DEFAULT_EXPERIMENT);
  });

  it('names settings it does not know, including prototype keys', () => {
    const { notices } = validateExperimentConfig(JSON.parse('{"__proto__": {"width": 3}, "colour": "red"}'));
    expect(notices).toEqual(['Unknown setting "__proto__" was ignored.', 'Unknown setting "colour" was ignored.']);
  });

  it('keeps the last seed within 32 bits', () => {
    const { config, notices } = validateExperimentConfig({ firstSeed: 4294967295, seeds: 3 });
    expect(config.firstSeed + config.seeds - 1).toBe(4294967295);
    expect(notices).toHaveLength(1);
  });
});
