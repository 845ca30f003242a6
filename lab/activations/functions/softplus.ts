import { tf } from '../../tfjs.ts';
import { withDefaults } from '../param-defaults.ts';
import { logistic, softplus as softplusScalar, tfjsSigmoid, tfjsSoftplus } from '../scalar-math.ts';
import type { ArrayKernel, ParamSpec, ScalarActivation } from '../types.ts';

const SOFTPLUS_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = tfjsSoftplus(z[i]!);
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) g[i]! *= tfjsSigmoid(z[i]!);
  },
};

/** softplus(βx)/β, as apply() computes it for β ≠ 1; its slope is σ(βx). */
function sharpenedKernel(beta: number): ArrayKernel {
  return {
    apply: (z, a, count) => {
      for (let i = 0; i < count; i++) a[i] = tfjsSoftplus(z[i]! * beta) / beta;
    },
    backprop: (z, _a, g, count) => {
      for (let i = 0; i < count; i++) g[i]! *= tfjsSigmoid(z[i]! * beta);
    },
  };
}

const PARAMS: readonly ParamSpec[] = [
  {
    name: 'beta', symbol: String.raw`\beta`, label: 'Sharpness', default: 1, min: 0.1, max: 10, step: 0.1,
    description: 'Larger β bends the curve more sharply at 0 and brings it closer to ReLU. PyTorch exposes β (default 1); Keras and TF.js fix it at 1.',
  },
];

export const softplus: ScalarActivation = {
  kind: 'scalar',
  id: 'softplus',
  name: 'Softplus',
  description: 'A smooth ReLU: always positive, with the sigmoid as its derivative, so the gradient never becomes exactly zero.',
  formula: String.raw`f(x) = \tfrac{1}{\beta}\ln\bigl(1 + e^{\beta x}\bigr)`,
  derivativeFormula: String.raw`f'(x) = \sigma(\beta x) = \frac{1}{1 + e^{-\beta x}}`,
  params: PARAMS,
  hiddenUsable: true,
  value: (x, params) => {
    const { beta } = withDefaults(PARAMS, params);
    return softplusScalar(beta * x) / beta;
  },
  derivative: (x, params) => logistic(withDefaults(PARAMS, params).beta * x),
  apply: (x, params) => {
    const { beta } = withDefaults(PARAMS, params);
    return beta === 1 ? tf.softplus(x) : tf.tidy(() => tf.div(tf.softplus(tf.mul(x, beta)), beta));
  },
  tfjsBuiltin: (params) => (withDefaults(PARAMS, params).beta === 1 ? 'softplus' : undefined),
  arrayKernel: (params) => {
    const { beta } = withDefaults(PARAMS, params);
    return beta === 1 ? SOFTPLUS_KERNEL : sharpenedKernel(beta);
  },
  properties: () => ({
    range: { lo: 0, hi: Infinity, label: String.raw`(0, \infty)` },
    monotonic: true,
    smooth: true,
    zeroCentred: false,
    saturating: 'left',
    cost: 'expensive',
    kinks: [],
  }),
  frameworks: {
    keras: { identifier: 'softplus', calls: ['keras.activations.softplus(x)'], note: 'No β (β = 1).' },
    pytorch: {
      identifier: null,
      calls: ['torch.nn.Softplus(beta=1.0, threshold=20.0)'],
      note: 'Returns x itself once βx exceeds the threshold, for numerical stability.',
    },
    tfjs: { identifier: 'softplus', calls: ['tf.softplus(x)'], note: 'No β (β = 1).' },
  },
};
