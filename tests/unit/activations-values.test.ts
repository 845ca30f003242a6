import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { getScalarActivation, listActivations, type ParamValues, type ScalarActivation } from '../../lab/activations/index.ts';

await tf.setBackend('cpu');

const SAMPLE_POINTS = [-7.5, -4.2, -3, -2.6, -1.9, -1, -0.4, -0.05, 0, 0.03, 0.5, 1, 1.7, 2.4, 3.3, 5.2, 6.5, 8];
const DENSE_START = -8 + 0.013;
const DENSE_STEP = 0.1;
const DENSE_COUNT = 160;
const KINK_MARGIN = 0.01;
const FD_STEP = 1e-6;
const SIMPSON_INTERVALS = 4000;

// ---- Reference formulas written from the definitions, independently of lab/ ----

/** erf(x) = (2/√π) ∫₀ˣ e^{−t²} dt by Simpson's rule. */
function referenceErf(x: number): number {
  const h = x / SIMPSON_INTERVALS;
  let sum = 0;
  for (let i = 0; i <= SIMPSON_INTERVALS; i++) {
    const weight = i === 0 || i === SIMPSON_INTERVALS ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * Math.exp(-((i * h) ** 2));
  }
  return ((2 / Math.sqrt(Math.PI)) * (h / 3)) * sum;
}
const logisticOf = (x: number) => 1 / (1 + Math.exp(-x));
const softplusOf = (x: number) => Math.log(1 + Math.exp(x));
const SELU_SCALE = 1.0507009873554804934193349852946;
const SELU_ALPHA = 1.6732632423543772848170429916717;

type Reference = (x: number, p: Record<string, number>) => number;
const REFERENCE: Record<string, Reference> = {
  step: (x) => (x >= 0 ? 1 : 0),
  linear: (x, p) => p.c * x,
  sigmoid: (x) => logisticOf(x),
  tanh: (x) => (Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x)),
  relu: (x) => (x > 0 ? x : 0),
  'leaky-relu': (x, p) => (x >= 0 ? x : p.alpha * x),
  prelu: (x, p) => (x >= 0 ? x : p.alpha * x),
  elu: (x, p) => (x > 0 ? x : p.alpha * (Math.exp(x) - 1)),
  selu: (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * (Math.exp(x) - 1)),
  softplus: (x, p) => Math.log(1 + Math.exp(p.beta * x)) / p.beta,
  softsign: (x) => x / (1 + Math.abs(x)),
  swish: (x, p) => x / (1 + Math.exp(-p.beta * x)),
  gelu: (x) => 0.5 * x * (1 + referenceErf(x / Math.SQRT2)),
  'gelu-tanh': (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x))),
  mish: (x) => x * Math.tanh(softplusOf(x)),
  'hard-sigmoid': (x, p) => {
    const halfWidth = p.form === 1 ? 2.5 : 3;
    if (x <= -halfWidth) return 0;
    if (x >= halfWidth) return 1;
    return x / (2 * halfWidth) + 0.5;
  },
  relu6: (x) => (x <= 0 ? 0 : x >= 6 ? 6 : x),
};

// ---- Cases: every scalar entry at its defaults, and each shape parameter at its extremes or each choice ----

interface Case {
  entry: ScalarActivation;
  params: Record<string, number>;
  label: string;
}

function defaultsOf(entry: ScalarActivation): Record<string, number> {
  return Object.fromEntries(entry.params.map((spec) => [spec.name, spec.default]));
}

function casesFor(entry: ScalarActivation): Case[] {
  const defaults = defaultsOf(entry);
  const cases: Case[] = [{ entry, params: defaults, label: `${entry.id} (defaults)` }];
  for (const spec of entry.params) {
    if (spec.trainingOnly) continue;
    const values = spec.choices ? spec.choices.map((choice) => choice.value) : [spec.min, spec.max];
    for (const value of values) {
      if (value === spec.default) continue;
      cases.push({ entry, params: { ...defaults, [spec.name]: value }, label: `${entry.id} (${spec.name} = ${value})` });
    }
  }
  return cases;
}

const SCALAR_ENTRIES = listActivations().filter((entry): entry is ScalarActivation => entry.kind === 'scalar');
const CASES = SCALAR_ENTRIES.flatMap(casesFor);

function near(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}

function densePointsAwayFromKinks(kinks: readonly number[]): number[] {
  return Array.from({ length: DENSE_COUNT }, (_, i) => Math.fround(DENSE_START + i * DENSE_STEP))
    .filter((x) => kinks.every((kink) => Math.abs(x - kink) > KINK_MARGIN));
}

function worst(points: number[], error: (x: number) => number): { x: number; error: number } {
  return points.reduce((acc, x) => {
    const e = error(x);
    return e > acc.error ? { x, error: e } : acc;
  }, { x: NaN, error: 0 });
}

describe('catalog values', () => {
  it('has an independent reference formula for every scalar entry', () => {
    expect(Object.keys(REFERENCE).sort()).toEqual(SCALAR_ENTRIES.map((entry) => entry.id).sort());
  });

  it('the reference erf agrees with known values', () => {
    expect(referenceErf(1)).toBeCloseTo(0.8427007929497149, 12);
    expect(referenceErf(-2)).toBeCloseTo(-0.9953222650189527, 12);
  });

  it.each(CASES)('$label: value() matches the formula at sample points', ({ entry, params }) => {
    const reference = REFERENCE[entry.id];
    for (const x of SAMPLE_POINTS) {
      const expected = reference(x, params);
      expect(near(entry.value(x, params), expected, 1e-9), `${entry.id}(${x}) = ${entry.value(x, params)}, expected ${expected}`).toBe(true);
    }
  });

  it.each(CASES)('$label: tfjs apply() matches value() elementwise', ({ entry, params }) => {
    const before = tf.memory().numTensors;
    const xs = SAMPLE_POINTS.map(Math.fround);
    const out = tf.tidy(() => entry.apply(tf.tensor1d(xs), params).arraySync() as number[]);
    expect(tf.memory().numTensors).toBe(before);
    xs.forEach((x, i) => {
      expect(near(out[i], entry.value(x, params), 1e-5), `${entry.id}(${x}): tfjs ${out[i]}, value ${entry.value(x, params)}`).toBe(true);
    });
  });

  it.each(CASES)('$label: derivative() matches a central finite difference away from kinks', ({ entry, params }) => {
    const points = densePointsAwayFromKinks(entry.properties(params).kinks);
    const centralDifference = (x: number) => (entry.value(x + FD_STEP, params) - entry.value(x - FD_STEP, params)) / (2 * FD_STEP);
    const largest = worst(points, (x) => Math.abs(entry.derivative(x, params) - centralDifference(x)));
    expect(largest.error, `worst at x = ${largest.x}`).toBeLessThan(1e-6);
  });

  it.each(CASES)('$label: derivative() matches tf.grad of apply() away from kinks', ({ entry, params }) => {
    const points = densePointsAwayFromKinks(entry.properties(params).kinks);
    const before = tf.memory().numTensors;
    const grads = tf.tidy(() => {
      const gradient = tf.grad((x: tf.Tensor) => tf.sum(entry.apply(x, params)));
      return gradient(tf.tensor1d(points)).arraySync() as number[];
    });
    expect(tf.memory().numTensors).toBe(before);
    const largest = worst(points, (x) => {
      const analytic = entry.derivative(x, params);
      return Math.abs(grads[points.indexOf(x)] - analytic) / Math.max(1, Math.abs(analytic));
    });
    expect(largest.error, `worst at x = ${largest.x}`).toBeLessThan(1e-4);
  });

  it('the step function gives gradient descent nothing: tf.grad is zero everywhere, including at 0', () => {
    const step = getScalarActivation('step');
    const grads = tf.tidy(() => tf.grad((x: tf.Tensor) => tf.sum(step.apply(x)))(tf.tensor1d([-3, -1e-3, 0, 1e-3, 3])).arraySync());
    expect(grads).toEqual([0, 0, 0, 0, 0]);
  });

  it('keeps value() finite and saturated far out in both directions', () => {
    for (const entry of SCALAR_ENTRIES) {
      for (const x of [-1e6, -1e3, 1e3, 1e6]) {
        expect(Number.isFinite(entry.value(x)), `${entry.id}(${x})`).toBe(true);
        expect(Number.isFinite(entry.derivative(x)), `${entry.id}'(${x})`).toBe(true);
      }
    }
  });

  it('GELU with the tanh approximation stays within 5e-4 of exact GELU', () => {
    const exact = getScalarActivation('gelu');
    const approx = getScalarActivation('gelu-tanh');
    const points = Array.from({ length: 2001 }, (_, i) => -10 + i * 0.01);
    const largest = worst(points, (x) => Math.abs(exact.value(x) - approx.value(x)));
    expect(largest.error).toBeLessThan(5e-4);
    expect(largest.error).toBeGreaterThan(1e-4);
  });

  it('parameters change the function as the formulas say (spot checks)', () => {
    const params = (p: ParamValues) => p;
    expect(getScalarActivation('swish').value(3, params({ beta: 0 }))).toBeCloseTo(1.5, 12);
    expect(getScalarActivation('swish').value(-3, params({ beta: 10 }))).toBeCloseTo(-3 / (1 + Math.exp(30)), 15);
    expect(getScalarActivation('hard-sigmoid').value(1, params({ form: 1 }))).toBeCloseTo(0.7, 12);
    expect(getScalarActivation('hard-sigmoid').value(1, params({ form: 0 }))).toBeCloseTo(1 / 6 + 0.5, 12);
    expect(getScalarActivation('elu').value(-50, params({ alpha: 2 }))).toBeCloseTo(-2, 12);
  });
});
