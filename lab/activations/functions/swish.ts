import { tf } from '../../tfjs.ts';
import { trainableSwishClass } from '../layers/trainable-swish.ts';
import { withDefaults } from '../param-defaults.ts';
import { logistic, tfjsSigmoid } from '../scalar-math.ts';
import type { ActivationProperties, ArrayKernel, ParamSpec, ScalarActivation, WeightedKernel } from '../types.ts';

/** Minimum of x·σ(x): where 1 + x(1 − σ(x)) = 0, so the value there is x + 1. For Swish-β both scale by 1/β. */
export const SILU_MINIMUM = { x: -1.2784645427610739, value: -0.2784645427610738 } as const;

const SWISH_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! * tfjsSigmoid(z[i]!);
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) {
      const s = tfjsSigmoid(z[i]!);
      g[i]! *= s + z[i]! * s * (1 - s);
    }
  },
};

/** x·σ(βx), as apply() computes it for β ≠ 1: the slope is σ + xβσ(1 − σ). */
function gatedKernel(beta: number): ArrayKernel {
  return {
    apply: (z, a, count) => {
      for (let i = 0; i < count; i++) a[i] = z[i]! * tfjsSigmoid(z[i]! * beta);
    },
    backprop: (z, _a, g, count) => {
      for (let i = 0; i < count; i++) {
        const s = tfjsSigmoid(z[i]! * beta);
        g[i]! *= s + z[i]! * beta * s * (1 - s);
      }
    },
  };
}

/**
 * TrainableSwish's x·σ(βx) with β a weight: one for the layer (w[0]) or one per unit (w[j]). The
 * gradient for β is Σ g·x²·σ(1 − σ) over the elements that share it, as tfjs sums it.
 */
function trainedBetaKernel(units: number, perUnit: boolean): WeightedKernel {
  const sums = new Float64Array(units);
  return {
    apply(z, a, rows, w) {
      for (let r = 0, i = 0; r < rows; r++) {
        for (let j = 0; j < units; j++, i++) a[i] = z[i]! * tfjsSigmoid(w[perUnit ? j : 0]! * z[i]!);
      }
    },
    backprop(z, _a, g, rows, w, dw) {
      sums.fill(0);
      for (let r = 0, i = 0; r < rows; r++) {
        for (let j = 0; j < units; j++, i++) {
          const x = z[i]!;
          const beta = w[perUnit ? j : 0]!;
          const s = tfjsSigmoid(beta * x);
          const gate = g[i]! * x * s * (1 - s);
          sums[j]! += gate * x;
          g[i] = g[i]! * s + gate * beta;
        }
      }
      if (perUnit) dw.set(sums);
      else dw[0] = sums.reduce((total, value) => total + value, 0);
    },
  };
}

const OFF_ON = [{ value: 0, label: 'off' }, { value: 1, label: 'on' }] as const;

const PARAMS: readonly ParamSpec[] = [
  {
    name: 'beta', symbol: String.raw`\beta`, label: 'β', default: 1, min: 0, max: 10, step: 0.1,
    description: 'Gate sharpness (the starting value when β is trained). β = 0 gives x/2, β = 1 is SiLU, and large β approaches ReLU.',
  },
  {
    name: 'trainable', symbol: String.raw`\text{train }\beta`, label: 'Train β', default: 0, min: 0, max: 1, step: 1,
    choices: OFF_ON, trainingOnly: true,
    description: 'Learn β with the weights (a custom layer); off keeps β fixed.',
  },
  {
    name: 'perUnit', symbol: String.raw`\beta\text{ per unit}`, label: 'One β per unit', default: 0, min: 0, max: 1, step: 1,
    choices: OFF_ON, trainingOnly: true,
    description: 'With Train β on: one β for each unit instead of one for the whole layer.',
  },
];

/** Where Swish-β has its minimum, or null for β = 0 (the line x/2 has none). */
export function swishMinimum(beta: number): { x: number; value: number } | null {
  if (beta <= 0) return null;
  return { x: SILU_MINIMUM.x / beta, value: SILU_MINIMUM.value / beta };
}

function swishValue(x: number, beta: number): number {
  return x * logistic(beta * x);
}

function swishProperties(beta: number): ActivationProperties {
  const minimum = swishMinimum(beta);
  if (minimum == null) {
    return {
      range: { lo: -Infinity, hi: Infinity, label: String.raw`(-\infty, \infty)` },
      monotonic: true, smooth: true, zeroCentred: true, saturating: 'none', cost: 'moderate', kinks: [],
    };
  }
  return {
    range: { lo: minimum.value, hi: Infinity, label: String.raw`[\approx ${minimum.value.toFixed(4)}, \infty)` },
    monotonic: false,
    smooth: true,
    zeroCentred: true,
    saturating: 'left',
    cost: 'moderate',
    kinks: [],
  };
}

export const swish: ScalarActivation = {
  kind: 'scalar',
  id: 'swish',
  name: 'Swish (SiLU when β = 1)',
  description: 'The input gated by its own sigmoid. Smooth and unbounded above, with a small dip below zero, so it is not monotonic; found by Google’s automated search.',
  formula: String.raw`f(x) = x\,\sigma(\beta x) = \frac{x}{1 + e^{-\beta x}}`,
  derivativeFormula: String.raw`f'(x) = \beta f(x) + \sigma(\beta x)\,\bigl(1 - \beta f(x)\bigr)`,
  params: PARAMS,
  hiddenUsable: true,
  value: (x, params) => swishValue(x, withDefaults(PARAMS, params).beta),
  derivative: (x, params) => {
    const { beta } = withDefaults(PARAMS, params);
    const f = swishValue(x, beta);
    return beta * f + logistic(beta * x) * (1 - beta * f);
  },
  apply: (x, params) => {
    const { beta } = withDefaults(PARAMS, params);
    return tf.tidy(() => tf.mul(x, tf.sigmoid(beta === 1 ? x : tf.mul(x, beta))));
  },
  tfjsBuiltin: (params) => {
    const { beta, trainable } = withDefaults(PARAMS, params);
    return beta === 1 && trainable === 0 ? 'swish' : undefined;
  },
  /** β held fixed (its starting value, when trained): tfjs's 'swish' for β = 1. */
  arrayKernel: (params) => {
    const { beta } = withDefaults(PARAMS, params);
    return beta === 1 ? SWISH_KERNEL : gatedKernel(beta);
  },
  weightedKernel: (units, params) => {
    const { trainable, perUnit } = withDefaults(PARAMS, params);
    return trainable === 1 ? trainedBetaKernel(units, perUnit === 1) : undefined;
  },
  trainableLayer: (params) => {
    const { beta, trainable, perUnit } = withDefaults(PARAMS, params);
    return trainable === 1 ? () => new (trainableSwishClass())({ beta, perUnit: perUnit === 1 }) : undefined;
  },
  properties: (params) => swishProperties(withDefaults(PARAMS, params).beta),
  frameworks: {
    keras: {
      identifier: 'silu',
      calls: ['keras.activations.silu(x)'],
      note: '"swish" is an alias of "silu"; β is fixed at 1 and there is no trainable-β layer.',
    },
    pytorch: { identifier: null, calls: ['torch.nn.SiLU()'], note: 'β fixed at 1; no trainable-β Swish.' },
    tfjs: {
      identifier: 'swish',
      calls: ["tf.layers.activation({ activation: 'swish' })"],
      note: 'The string fixes β at 1; "silu" fails with "Unknown activation" and there is no tf.swish op. Other or trained β needs a custom layer.',
    },
  },
};
