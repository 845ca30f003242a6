import { describe, expect, it } from 'vitest';
import {
  activationIds,
  getActivation,
  listActivations,
  validateChoice,
  validateParams,
  withDefaults,
} from '../../lab/activations/index.ts';

const REQUIRED_IDS = [
  'step', 'linear', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'prelu', 'elu', 'selu', 'softplus',
  'softsign', 'softmax', 'swish', 'gelu', 'gelu-tanh', 'mish', 'hard-sigmoid', 'relu6',
];

describe('catalog lookup', () => {
  it('holds every required entry once, each fully described', () => {
    const ids = activationIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
    for (const entry of listActivations()) {
      expect(entry.name.length).toBeGreaterThan(2);
      expect(entry.description.length).toBeGreaterThan(40);
      expect(entry.formula).not.toBe('');
      expect(entry.derivativeFormula).not.toBe('');
      for (const framework of [entry.frameworks.keras, entry.frameworks.pytorch, entry.frameworks.tfjs]) {
        expect(framework.identifier != null || framework.calls.length > 0 || (framework.note ?? '').length > 0, entry.id).toBe(true);
      }
    }
  });

  it('getActivation finds entries and names the valid ids for an unknown one', () => {
    expect(getActivation('gelu-tanh').name).toMatch(/GELU/);
    expect(() => getActivation('relu7')).toThrow('Unknown activation "relu7". Valid ids: step, linear, sigmoid');
  });

  it('every parameter has a sensible range with its default inside', () => {
    for (const entry of listActivations()) {
      for (const spec of entry.params) {
        const where = `${entry.id}.${spec.name}`;
        expect(spec.min, where).toBeLessThanOrEqual(spec.default);
        expect(spec.default, where).toBeLessThanOrEqual(spec.max);
        expect(spec.step, where).toBeGreaterThan(0);
        expect(spec.description.length, where).toBeGreaterThan(10);
        if (spec.choices) expect(spec.choices.map((c) => c.value), where).toContain(spec.default);
      }
    }
  });

  it('uses the documented defaults', () => {
    const defaultOf = (id: string, name: string) => getActivation(id).params.find((p) => p.name === name)?.default;
    expect(defaultOf('leaky-relu', 'alpha')).toBe(0.01);
    expect(defaultOf('prelu', 'alpha')).toBe(0.25);
    expect(defaultOf('elu', 'alpha')).toBe(1);
    expect(defaultOf('swish', 'beta')).toBe(1);
    expect(getActivation('leaky-relu').params[0].description).toMatch(/0\.2.*0\.3/);
  });

  it('withDefaults fills missing parameters and keeps given ones', () => {
    const specs = getActivation('swish').params;
    expect(withDefaults(specs, { beta: 2 })).toEqual({ beta: 2, trainable: 0, perUnit: 0 });
    expect(withDefaults(specs)).toEqual({ beta: 1, trainable: 0, perUnit: 0 });
  });
});

describe('validateParams (input from URLs)', () => {
  it.each([
    // id, raw params, expected params, notice pattern (null when none)
    ['leaky-relu', { alpha: 0.2 }, { alpha: 0.2 }, null],
    ['leaky-relu', { alpha: '0.3' }, { alpha: 0.3 }, null],
    ['leaky-relu', {}, { alpha: 0.01 }, null],
    ['leaky-relu', { alpha: 5 }, { alpha: 0.01 }, /alpha = 5 is outside \[0, 1\]; using the default 0\.01/],
    ['leaky-relu', { alpha: -0.1 }, { alpha: 0.01 }, /outside \[0, 1\]/],
    ['leaky-relu', { alpha: 'abc' }, { alpha: 0.01 }, /"abc" is not a finite number/],
    ['leaky-relu', { alpha: '' }, { alpha: 0.01 }, /not a finite number/],
    ['leaky-relu', { alpha: Number.NaN }, { alpha: 0.01 }, /not a finite number/],
    ['leaky-relu', { alpha: Number.POSITIVE_INFINITY }, { alpha: 0.01 }, /not a finite number/],
    ['leaky-relu', { alpha: null }, { alpha: 0.01 }, /not a finite number/],
    ['leaky-relu', { alpha: '1e400' }, { alpha: 0.01 }, /not a finite number/],
    ['leaky-relu', { beta: 2 }, { alpha: 0.01 }, /has no parameter "beta"; it was ignored/],
    ['relu', { alpha: 0.1 }, {}, /ReLU has no parameter "alpha"/],
    ['hard-sigmoid', { form: 1 }, { form: 1 }, null],
    ['hard-sigmoid', { form: 0.5 }, { form: 0 }, /0\.5 is not one of 0 \(x\/6/],
    ['hard-sigmoid', { form: 2 }, { form: 0 }, /2 is not one of/],
    ['swish', { beta: '2.5', trainable: '1' }, { beta: 2.5, trainable: 1, perUnit: 0 }, null],
    ['swish', { beta: 11 }, { beta: 1, trainable: 0, perUnit: 0 }, /beta = 11 is outside \[0, 10\]/],
    ['elu', { alpha: 0 }, { alpha: 1 }, /outside \[0\.1, 5\]/],
    ['linear', { c: ' 2 ' }, { c: 2 }, null],
  ] as const)('%s %o → %o', (id, raw, expected, notice) => {
    const result = validateParams(id, raw as Record<string, unknown>);
    expect(result.params).toEqual(expected);
    if (notice == null) expect(result.notices).toEqual([]);
    else {
      expect(result.notices).toHaveLength(1);
      expect(result.notices[0]).toMatch(notice);
    }
  });

  it('reports every bad value, not just the first', () => {
    const { params, notices } = validateParams('swish', { beta: -1, trainable: 3, gamma: 1 });
    expect(params).toEqual({ beta: 1, trainable: 0, perUnit: 0 });
    expect(notices).toHaveLength(3);
  });

  it('accepts a missing parameter object', () => {
    expect(validateParams('prelu', undefined)).toEqual({ params: { alpha: 0.25 }, notices: [] });
    expect(validateParams('prelu', null)).toEqual({ params: { alpha: 0.25 }, notices: [] });
  });

  it('throws for an unknown id (use validateChoice for a fallback)', () => {
    expect(() => validateParams('sine', {})).toThrow(/Unknown activation "sine"/);
  });
});

describe('validateChoice', () => {
  it('passes a valid choice through with its parameters resolved', () => {
    expect(validateChoice('elu', { alpha: '2' })).toEqual({ choice: { id: 'elu', params: { alpha: 2 } }, notices: [] });
  });

  it.each([['sine'], [42], [undefined], ['']])('falls back to ReLU with a notice for id %o', (id) => {
    const result = validateChoice(id, { alpha: 0.5 });
    expect(result.choice).toEqual({ id: 'relu', params: {} });
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatch(/Unknown activation .*showing ReLU instead/);
  });

  it('can fall back to another entry', () => {
    expect(validateChoice('nope', {}, 'tanh').choice.id).toBe('tanh');
  });
});
