import { tf } from '../../tfjs.ts';
import { withDefaults } from '../param-defaults.ts';
import type { ArrayKernel, ParamSpec, ScalarActivation } from '../types.ts';

const IDENTITY_KERNEL: ArrayKernel = {
  apply: (z, a, count) => a.set(z.subarray(0, count)),
  backprop: () => undefined,
};

/** tf.mul(x, c): every output and gradient scaled by c. */
function scaledKernel(c: number): ArrayKernel {
  return {
    apply: (z, a, count) => {
      for (let i = 0; i < count; i++) a[i] = z[i]! * c;
    },
    backprop: (_z, _a, g, count) => {
      for (let i = 0; i < count; i++) g[i]! *= c;
    },
  };
}

const PARAMS: readonly ParamSpec[] = [
  {
    name: 'c', symbol: 'c', label: 'Slope', default: 1, min: 0.1, max: 3, step: 0.1,
    description: 'Multiplies the input. Frameworks use c = 1 (the identity); any other slope can be folded into the next layer’s weights.',
  },
];

export const linear: ScalarActivation = {
  kind: 'scalar',
  id: 'linear',
  name: 'Linear (identity)',
  description: 'Passes the weighted sum through, scaled by c. Gradients flow, but a stack of linear layers is still one linear map.',
  formula: String.raw`f(x) = c\,x`,
  derivativeFormula: String.raw`f'(x) = c`,
  params: PARAMS,
  hiddenUsable: true,
  value: (x, params) => withDefaults(PARAMS, params).c * x,
  derivative: (_x, params) => withDefaults(PARAMS, params).c,
  apply: (x, params) => tf.tidy(() => tf.mul(x, withDefaults(PARAMS, params).c)),
  tfjsBuiltin: (params) => (withDefaults(PARAMS, params).c === 1 ? 'linear' : undefined),
  arrayKernel: (params) => {
    const { c } = withDefaults(PARAMS, params);
    return c === 1 ? IDENTITY_KERNEL : scaledKernel(c);
  },
  properties: () => ({
    range: { lo: -Infinity, hi: Infinity, label: String.raw`(-\infty, \infty)` },
    monotonic: true,
    smooth: true,
    zeroCentred: true,
    saturating: 'none',
    cost: 'cheap',
    kinks: [],
  }),
  frameworks: {
    keras: {
      identifier: 'linear',
      calls: ['keras.activations.linear(x)', 'keras.layers.Identity()'],
      note: 'The default activation of keras.layers.Dense; no slope parameter (c = 1).',
    },
    pytorch: {
      identifier: null,
      calls: ['torch.nn.Identity()'],
      note: 'Leave the activation out between nn.Linear layers; no slope parameter (c = 1).',
    },
    tfjs: {
      identifier: 'linear',
      calls: ["tf.layers.dense({ units, activation: 'linear' })"],
      note: 'The default activation of tf.layers.dense; no slope parameter (c = 1).',
    },
  },
};
