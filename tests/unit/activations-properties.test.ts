import katex from 'katex';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import {
  GELU_MINIMUM,
  MISH_MINIMUM,
  SILU_MINIMUM,
  getActivation,
  getScalarActivation,
  listActivations,
  swishMinimum,
  type ScalarActivation,
} from '../../lab/activations/index.ts';

await tf.setBackend('cpu');

const DENSE_STEP = 0.005;
const DENSE_LIMIT = 20;
const FAR_POINTS = [30, 50, 100, 300, 1e3, 3e3, 1e4, 1e5, 1e6];
/** Beyond this an "unbounded" side must have gone. */
const UNBOUNDED_REACH = 1e3;
const SATURATION_PROBE = 1e4;
const ONE_SIDED_STEP = 1e-6;

interface Case {
  entry: ScalarActivation;
  params: Record<string, number>;
  label: string;
}

function casesFor(entry: ScalarActivation): Case[] {
  const defaults = Object.fromEntries(entry.params.map((spec) => [spec.name, spec.default]));
  const cases: Case[] = [{ entry, params: defaults, label: `${entry.id} (defaults)` }];
  for (const spec of entry.params) {
    if (spec.trainingOnly) continue;
    const values = spec.choices ? spec.choices.map((choice) => choice.value) : [spec.min, spec.max];
    for (const value of values) {
      if (value !== spec.default) cases.push({ entry, params: { ...defaults, [spec.name]: value }, label: `${entry.id} (${spec.name} = ${value})` });
    }
  }
  return cases;
}

const SCALAR_ENTRIES = listActivations().filter((entry): entry is ScalarActivation => entry.kind === 'scalar');
const CASES = SCALAR_ENTRIES.flatMap(casesFor);
const DENSE_GRID = Array.from({ length: Math.round((2 * DENSE_LIMIT) / DENSE_STEP) + 1 }, (_, i) => -DENSE_LIMIT + i * DENSE_STEP);
const WIDE_GRID = [...FAR_POINTS.map((x) => -x).reverse(), ...DENSE_GRID, ...FAR_POINTS];

function oneSidedSlopes(entry: ScalarActivation, x: number, params: Record<string, number>): { left: number; right: number } {
  const fx = entry.value(x, params);
  return {
    left: (fx - entry.value(x - ONE_SIDED_STEP, params)) / ONE_SIDED_STEP,
    right: (entry.value(x + ONE_SIDED_STEP, params) - fx) / ONE_SIDED_STEP,
  };
}

function gridMinimum(f: (x: number) => number, from: number, to: number, step: number): { x: number; value: number } {
  let best = { x: from, value: f(from) };
  for (let x = from; x <= to; x += step) {
    const value = f(x);
    if (value < best.value) best = { x, value };
  }
  return best;
}

describe('catalog properties hold numerically', () => {
  it.each(CASES)('$label: outputs stay inside the stated range, and the range is tight', ({ entry, params }) => {
    const { range } = entry.properties(params);
    const values = WIDE_GRID.map((x) => entry.value(x, params));
    const lowest = Math.min(...values);
    const highest = Math.max(...values);
    expect(lowest).toBeGreaterThanOrEqual(range.lo - 1e-12);
    expect(highest).toBeLessThanOrEqual(range.hi + 1e-12);
    if (Number.isFinite(range.lo)) expect(lowest - range.lo).toBeLessThan(1e-3);
    else expect(lowest).toBeLessThan(-UNBOUNDED_REACH);
    if (Number.isFinite(range.hi)) expect(range.hi - highest).toBeLessThan(1e-3);
    else expect(highest).toBeGreaterThan(UNBOUNDED_REACH);
  });

  it.each(CASES)('$label: monotonic exactly when claimed', ({ entry, params }) => {
    const values = DENSE_GRID.map((x) => entry.value(x, params));
    const steps = values.slice(1).map((v, i) => v - values[i]);
    const rises = steps.some((d) => d > 1e-9);
    const falls = steps.some((d) => d < -1e-9);
    expect(!(rises && falls)).toBe(entry.properties(params).monotonic);
  });

  it.each(CASES)('$label: zero-centred (f(0) = 0 and both signs) exactly when claimed', ({ entry, params }) => {
    const values = WIDE_GRID.map((x) => entry.value(x, params));
    const zeroAtOrigin = Math.abs(entry.value(0, params)) < 1e-15;
    const bothSigns = values.some((v) => v > 0) && values.some((v) => v < 0);
    expect(zeroAtOrigin && bothSigns).toBe(entry.properties(params).zeroCentred);
  });

  it.each(CASES)('$label: smooth (C¹) exactly when claimed, with the listed kinks as the only corners', ({ entry, params }) => {
    const { smooth, kinks } = entry.properties(params);
    expect(smooth).toBe(kinks.length === 0);
    for (const kink of kinks) {
      const { left, right } = oneSidedSlopes(entry, kink, params);
      expect(Math.abs(left - right), `corner at ${kink}`).toBeGreaterThan(1e-3);
    }
    const probes = [...DENSE_GRID.filter((_, i) => i % 7 === 0), 0, ...kinks.map((k) => k + 0.05)];
    for (const x of probes) {
      if (kinks.some((kink) => Math.abs(kink - x) < 2 * ONE_SIDED_STEP)) continue;
      const { left, right } = oneSidedSlopes(entry, x, params);
      expect(Math.abs(left - right), `no corner expected at ${x}`).toBeLessThan(1e-4);
    }
  });

  it.each(CASES)('$label: saturates on exactly the stated side(s)', ({ entry, params }) => {
    const { saturating } = entry.properties(params);
    const leftFlat = Math.abs(entry.derivative(-SATURATION_PROBE, params)) < 1e-6;
    const rightFlat = Math.abs(entry.derivative(SATURATION_PROBE, params)) < 1e-6;
    const leftAlive = Math.abs(entry.derivative(-SATURATION_PROBE, params)) > 1e-3;
    const rightAlive = Math.abs(entry.derivative(SATURATION_PROBE, params)) > 1e-3;
    const expectLeft = saturating === 'left' || saturating === 'both';
    const expectRight = saturating === 'right' || saturating === 'both';
    expect(expectLeft ? leftFlat : leftAlive, 'left side').toBe(true);
    expect(expectRight ? rightFlat : rightAlive, 'right side').toBe(true);
  });

  it.each(SCALAR_ENTRIES)('$id: rated cheap when piecewise linear', (entry) => {
    const { cost, kinks } = entry.properties();
    const h = 1e-3;
    const curved = DENSE_GRID.filter((_, i) => i % 5 === 0)
      .filter((x) => kinks.every((k) => Math.abs(x - k) > 2 * h))
      .some((x) => Math.abs(entry.value(x + h) - 2 * entry.value(x) + entry.value(x - h)) / (h * h) > 1e-3);
    if (!curved) expect(cost).toBe('cheap');
  });

  it('Swish (β = 1) has its minimum ≈ −0.278 at x ≈ −1.278', () => {
    const swish = getScalarActivation('swish');
    const found = gridMinimum((x) => swish.value(x), -3, 0, 1e-4);
    expect(found.value).toBeCloseTo(-0.278, 3);
    expect(found.x).toBeCloseTo(-1.278, 3);
    expect(SILU_MINIMUM.value).toBeCloseTo(found.value, 8);
    expect(SILU_MINIMUM.x).toBeCloseTo(found.x, 3);
  });

  it('Swish-β has its minimum at x*/β with value f*/β', () => {
    const swish = getScalarActivation('swish');
    for (const beta of [0.5, 2.5, 7]) {
      const expected = swishMinimum(beta);
      const found = gridMinimum((x) => swish.value(x, { beta }), -6, 0, 1e-4);
      expect(expected).not.toBeNull();
      expect(found.value).toBeCloseTo(expected?.value ?? NaN, 7);
      expect(found.x).toBeCloseTo(expected?.x ?? NaN, 3);
    }
    expect(swishMinimum(0)).toBeNull();
  });

  it('Mish has its minimum ≈ −0.309 at x ≈ −1.192', () => {
    const mish = getScalarActivation('mish');
    const found = gridMinimum((x) => mish.value(x), -3, 0, 1e-4);
    expect(found.value).toBeCloseTo(-0.309, 3);
    expect(found.x).toBeCloseTo(-1.192, 3);
    expect(MISH_MINIMUM.value).toBeCloseTo(found.value, 8);
  });

  it('GELU has its minimum ≈ −0.170 at x ≈ −0.752', () => {
    const gelu = getScalarActivation('gelu');
    const found = gridMinimum((x) => gelu.value(x), -3, 0, 1e-4);
    expect(found.value).toBeCloseTo(-0.170, 3);
    expect(found.x).toBeCloseTo(-0.752, 3);
    expect(GELU_MINIMUM.value).toBeCloseTo(found.value, 8);
  });

  it('sigmoid’s slope peaks at 1/4 and tanh’s at 1, both at 0', () => {
    const sigmoidSlopes = DENSE_GRID.map((x) => getScalarActivation('sigmoid').derivative(x));
    const tanhSlopes = DENSE_GRID.map((x) => getScalarActivation('tanh').derivative(x));
    expect(Math.max(...sigmoidSlopes)).toBeCloseTo(0.25, 12);
    expect(Math.max(...tanhSlopes)).toBeCloseTo(1, 12);
  });

  it('renders every formula, derivative, range label and parameter symbol as KaTeX', () => {
    for (const entry of listActivations()) {
      const pieces = [entry.formula, entry.derivativeFormula, entry.properties().range.label, ...entry.params.map((p) => p.symbol)];
      for (const piece of pieces) {
        expect(() => katex.renderToString(piece, { throwOnError: true }), `${entry.id}: ${piece}`).not.toThrow();
      }
    }
  });

  it('every kink lies where the derivative changes, and none is listed twice', () => {
    for (const { entry, params } of CASES) {
      const { kinks } = entry.properties(params);
      expect(new Set(kinks).size).toBe(kinks.length);
    }
    expect(getActivation('relu6').properties().kinks).toEqual([0, 6]);
    expect(getActivation('hard-sigmoid').properties({ form: 1 }).kinks).toEqual([-2.5, 2.5]);
  });
});
