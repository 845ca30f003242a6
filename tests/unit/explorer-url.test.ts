import { describe, expect, it } from 'vitest';
import { activationIds, getActivation } from '../../lab/activations/index.ts';
import { DEFAULT_CURVES, MAX_CURVES } from '../../components/widgets/activation-explorer/explorer-config.ts';
import { decodeExplorerState, encodeExplorerState, shortenRaw } from '../../components/widgets/activation-explorer/explorer-url.ts';

const decode = decodeExplorerState;

describe('decodeExplorerState: good links', () => {
  it('shows the defaults, silently, when the URL names no function (even with other keys present)', () => {
    for (const search of ['', '?', '?seed=3&utm_source=x', '?beta=2']) {
      const state = decode(search);
      expect(state.notices).toEqual([]);
      expect(state.curves.map((curve) => curve.id)).toEqual(DEFAULT_CURVES.map((curve) => curve.id));
    }
  });

  it('attaches each parameter to the function named before it', () => {
    const state = decode('?fn=swish&beta=1.5&fn=relu&fn=leaky-relu&alpha=0.2');
    expect(state.notices).toEqual([]);
    expect(state.curves).toEqual([
      { id: 'swish', params: { beta: 1.5 } },
      { id: 'relu', params: {} },
      { id: 'leaky-relu', params: { alpha: 0.2 } },
    ]);
  });

  it('fills in defaults for parameters the link leaves out, and allows the same function twice', () => {
    const state = decode('fn=swish&fn=swish&beta=4');
    expect(state.curves).toEqual([{ id: 'swish', params: { beta: 1 } }, { id: 'swish', params: { beta: 4 } }]);
  });

  it('accepts hard sigmoid’s form switch at each of its allowed values', () => {
    expect(decode('?fn=hard-sigmoid&form=1').curves[0]).toEqual({ id: 'hard-sigmoid', params: { form: 1 } });
    expect(decode('?fn=hard-sigmoid&form=0').curves[0]).toEqual({ id: 'hard-sigmoid', params: { form: 0 } });
  });
});

describe('decodeExplorerState: bad links fall back with a notice', () => {
  const cases: { name: string; search: string; curves: { id: string; params: Record<string, number> }[]; notice: RegExp }[] = [
    { name: 'unknown id', search: '?fn=sigmoidd', curves: [{ id: 'relu', params: {} }], notice: /Unknown activation "sigmoidd"; showing ReLU/ },
    { name: 'empty id', search: '?fn=', curves: [{ id: 'relu', params: {} }], notice: /Unknown activation ""/ },
    { name: 'script tag as id', search: '?fn=<script>alert(1)</script>', curves: [{ id: 'relu', params: {} }], notice: /Unknown activation "<script>alert\(1\)<\/script>"/ },
    {
      name: 'percent-encoded image with onerror as id',
      search: '?fn=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      curves: [{ id: 'relu', params: {} }],
      notice: /Unknown activation "<img src=x onerror=alert\(1\)>"/,
    },
    { name: 'prototype key as id', search: '?fn=__proto__', curves: [{ id: 'relu', params: {} }], notice: /Unknown activation "__proto__"/ },
    { name: 'javascript: URL as id', search: '?fn=javascript:alert(1)', curves: [{ id: 'relu', params: {} }], notice: /Unknown activation "javascript:alert\(1\)"/ },
    { name: 'parameter above its range', search: '?fn=swish&beta=99', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /beta = 99 is outside \[0, 10\]; using the default 1/ },
    { name: 'parameter below its range', search: '?fn=elu&alpha=-1', curves: [{ id: 'elu', params: { alpha: 1 } }], notice: /alpha = -1 is outside/ },
    { name: 'parameter not a number', search: '?fn=swish&beta=abc', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /"abc" is not a finite number/ },
    { name: 'empty parameter', search: '?fn=swish&beta=', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /"" is not a finite number/ },
    { name: 'NaN', search: '?fn=swish&beta=NaN', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /"NaN" is not a finite number/ },
    { name: 'Infinity', search: '?fn=swish&beta=Infinity', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /"Infinity" is not a finite number/ },
    { name: 'overflowing exponent', search: '?fn=swish&beta=1e400', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /"1e400" is not a finite number/ },
    { name: 'hex that parses out of range', search: '?fn=swish&beta=0x10', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /16 is outside/ },
    { name: 'script as a value', search: '?fn=swish&beta=<script>alert(1)</script>', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /"<script>alert\(1\)<\/script>" is not a finite number/ },
    { name: 'a choice that is not one', search: '?fn=hard-sigmoid&form=0.5', curves: [{ id: 'hard-sigmoid', params: { form: 0 } }], notice: /form = 0\.5 is not one of/ },
    { name: 'parameter the function lacks', search: '?fn=relu&alpha=0.1', curves: [{ id: 'relu', params: {} }], notice: /ReLU has no parameter "alpha"/ },
    { name: 'prototype key as parameter', search: '?fn=swish&__proto__=1', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /has no parameter "__proto__"/ },
    { name: 'constructor as parameter', search: '?fn=swish&constructor=1', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /has no parameter "constructor"/ },
    { name: 'training-only switch', search: '?fn=swish&trainable=1', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /"trainable" only changes how a network trains/ },
    { name: 'parameter before any function', search: '?beta=2&fn=swish', curves: [{ id: 'swish', params: { beta: 1 } }], notice: /"beta" comes before any fn=/ },
    { name: 'parameter given twice', search: '?fn=swish&beta=2&beta=3', curves: [{ id: 'swish', params: { beta: 3 } }], notice: /beta is given twice; using the last value/ },
  ];

  it.each(cases)('$name', ({ search, curves, notice }) => {
    const state = decode(search);
    expect(state.curves).toEqual(curves);
    expect(state.notices.some((text) => notice.test(text)), state.notices.join(' | ')).toBe(true);
    for (const curve of state.curves) expect(activationIds()).toContain(curve.id);
  });

  it('keeps good curves when another one in the same link is bad', () => {
    const state = decode('?fn=tanh&fn=nope&fn=swish&beta=2');
    expect(state.curves).toEqual([{ id: 'tanh', params: {} }, { id: 'relu', params: {} }, { id: 'swish', params: { beta: 2 } }]);
    expect(state.notices).toHaveLength(1);
  });

  it(`shows at most ${MAX_CURVES} functions and says how many were left out`, () => {
    const state = decode(`?${Array.from({ length: MAX_CURVES + 2 }, () => 'fn=relu&alpha=3').join('&')}`);
    expect(state.curves).toHaveLength(MAX_CURVES);
    expect(state.notices.join(' ')).toMatch(/the last 2 were left out/);
    // One refusal of alpha per curve shown, and the count; the left-out curves' parameters are not read.
    expect(state.notices.filter((notice) => /has no parameter "alpha"/.test(notice))).toHaveLength(MAX_CURVES);
    expect(state.notices).toHaveLength(MAX_CURVES + 1);
  });

  it('cuts very long raw text before showing it back, so a cut number cannot slip through as valid', () => {
    const longId = 'x'.repeat(5000);
    const state = decode(`?fn=${longId}`);
    expect(state.notices[0]!.length).toBeLessThan(120);
    const longNumber = `0.${'0'.repeat(40)}1`;
    const value = decode(`?fn=swish&beta=${longNumber}`);
    expect(value.curves[0]!.params.beta).toBe(1);
    expect(value.notices[0]).toMatch(/not a finite number/);
  });

  it('drops control characters from text it shows back', () => {
    expect(shortenRaw('a\u0000b\nc\u007f')).toBe('abc');
  });
});

describe('encodeExplorerState', () => {
  it('writes fn then the parameters that differ from their defaults', () => {
    expect(encodeExplorerState([{ id: 'swish', params: { beta: 1.5 } }, { id: 'relu', params: {} }, { id: 'leaky-relu', params: { alpha: 0.01 } }]))
      .toBe('fn=swish&beta=1.5&fn=relu&fn=leaky-relu');
  });

  it('round-trips every catalog entry at non-default parameter values', () => {
    for (const id of activationIds()) {
      const entry = getActivation(id);
      const params = Object.fromEntries(entry.params.filter((spec) => !spec.trainingOnly).map((spec) => [spec.name, spec.choices ? spec.choices.at(-1)!.value : spec.max]));
      const curves = [{ id, params }];
      const decoded = decode(encodeExplorerState(curves));
      expect(decoded.notices, id).toEqual([]);
      expect(decoded.curves, id).toEqual(curves);
    }
  });

  it('writes slider values without floating-point noise', () => {
    const query = encodeExplorerState([{ id: 'swish', params: { beta: 0.1 + 0.2 } }]);
    expect(query).toBe('fn=swish&beta=0.3');
    expect(decode(query).curves).toEqual([{ id: 'swish', params: { beta: 0.3 } }]);
  });
});
