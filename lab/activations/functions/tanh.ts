import { tf } from '../../tfjs.ts';
import type { ArrayKernel, ScalarActivation } from '../types.ts';

const TANH_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = Math.tanh(z[i]!);
  },
  backprop: (_z, a, g, count) => {
    for (let i = 0; i < count; i++) g[i]! *= 1 - a[i]! * a[i]!;
  },
};

export const tanh: ScalarActivation = {
  kind: 'scalar',
  id: 'tanh',
  name: 'Hyperbolic tangent',
  description: 'An S-curve like the sigmoid but centred on zero, with outputs in (−1, 1) and slope 1 at the origin; it still saturates at both ends.',
  formula: String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} = 2\sigma(2x) - 1`,
  derivativeFormula: String.raw`\tanh'(x) = 1 - \tanh^2(x)`,
  params: [],
  hiddenUsable: true,
  value: (x) => Math.tanh(x),
  derivative: (x) => {
    const t = Math.tanh(x);
    return 1 - t * t;
  },
  apply: (x) => tf.tanh(x),
  tfjsBuiltin: () => 'tanh',
  arrayKernel: () => TANH_KERNEL,
  properties: () => ({
    range: { lo: -1, hi: 1, label: '(-1, 1)' },
    monotonic: true,
    smooth: true,
    zeroCentred: true,
    saturating: 'both',
    cost: 'moderate',
    kinks: [],
  }),
  frameworks: {
    keras: { identifier: 'tanh', calls: ['keras.activations.tanh(x)'] },
    pytorch: { identifier: null, calls: ['torch.nn.Tanh()', 'torch.tanh(x)'] },
    tfjs: { identifier: 'tanh', calls: ['tf.tanh(x)'] },
  },
};
