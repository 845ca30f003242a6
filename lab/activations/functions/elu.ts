import { tf } from '../../tfjs.ts';
import { withDefaults } from '../param-defaults.ts';
import type { ArrayKernel, ParamSpec, ScalarActivation } from '../types.ts';

const ELU_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! >= 0 ? z[i]! : Math.exp(z[i]!) - 1;
  },
  backprop: (_z, a, g, count) => {
    for (let i = 0; i < count; i++) if (a[i]! < 0) g[i]! *= a[i]! + 1;
  },
};

/** relu(x) + α(e^{min(x,0)} − 1), as eluTensor below computes it: gradient 1 above zero, αeˣ at and below it. */
function scaledEluKernel(alpha: number): ArrayKernel {
  return {
    apply: (z, a, count) => {
      for (let i = 0; i < count; i++) a[i] = z[i]! > 0 ? z[i]! : alpha * (Math.exp(z[i]!) - 1);
    },
    backprop: (z, _a, g, count) => {
      for (let i = 0; i < count; i++) if (!(z[i]! > 0)) g[i]! *= alpha * Math.exp(z[i]!);
    },
  };
}

const PARAMS: readonly ParamSpec[] = [
  {
    name: 'alpha', symbol: String.raw`\alpha`, label: 'Negative saturation', default: 1, min: 0.1, max: 5, step: 0.1,
    description: 'Depth of the negative plateau: f tends to −α. Only α = 1 makes f′ continuous at 0, and it is the only value TF.js’s built-in ELU accepts; with α > 1 the slope just left of 0 is α, steeper than the identity’s.',
  },
];

/** relu(x) + α(e^{min(x,0)} − 1) equals ELU everywhere and never evaluates e^x for large x, so its gradient stays finite. */
function eluTensor(x: tf.Tensor, alpha: number): tf.Tensor {
  return tf.tidy(() => tf.add(tf.relu(x), tf.mul(alpha, tf.sub(tf.exp(tf.minimum(x, 0)), 1))));
}

export const elu: ScalarActivation = {
  kind: 'scalar',
  id: 'elu',
  name: 'ELU',
  description: 'Identity for positive inputs and a smooth exponential curve down to −α for negative ones, which pulls mean activations towards zero.',
  formula: String.raw`f(x) = \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}`,
  derivativeFormula: String.raw`f'(x) = \begin{cases} 1 & x > 0 \\ \alpha e^{x} = f(x) + \alpha & x \le 0 \end{cases}`,
  params: PARAMS,
  hiddenUsable: true,
  value: (x, params) => (x > 0 ? x : withDefaults(PARAMS, params).alpha * Math.expm1(x)),
  derivative: (x, params) => (x > 0 ? 1 : withDefaults(PARAMS, params).alpha * Math.exp(x)),
  apply: (x, params) => {
    const { alpha } = withDefaults(PARAMS, params);
    return alpha === 1 ? tf.elu(x) : eluTensor(x, alpha);
  },
  tfjsBuiltin: (params) => (withDefaults(PARAMS, params).alpha === 1 ? 'elu' : undefined),
  /** tf.elu (α = 1), whose gradient is written from its output: (a + 1) below zero; eluTensor for other α. */
  arrayKernel: (params) => {
    const { alpha } = withDefaults(PARAMS, params);
    return alpha === 1 ? ELU_KERNEL : scaledEluKernel(alpha);
  },
  properties: (params) => {
    const { alpha } = withDefaults(PARAMS, params);
    return {
      range: { lo: -alpha, hi: Infinity, label: alpha === 1 ? String.raw`(-1, \infty)` : String.raw`(-\alpha, \infty)` },
      monotonic: true,
      smooth: alpha === 1,
      zeroCentred: true,
      saturating: 'left',
      cost: 'moderate',
      kinks: alpha === 1 ? [] : [0],
    };
  },
  frameworks: {
    keras: { identifier: 'elu', calls: ['keras.activations.elu(x, alpha=1.0)', 'keras.layers.ELU(alpha=1.0)'] },
    pytorch: { identifier: null, calls: ['torch.nn.ELU(alpha=1.0)'] },
    tfjs: {
      identifier: 'elu',
      calls: ['tf.elu(x)', 'tf.layers.elu()'],
      note: 'α = 1 only: tf.elu has no α argument and tf.layers.elu throws for any other value.',
    },
  },
};
