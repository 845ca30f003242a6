import { tf } from '../../tfjs.ts';
import type { ArrayKernel, ScalarActivation } from '../types.ts';

const SOFTSIGN_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! / (1 + Math.abs(z[i]!));
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) {
      const d = 1 + Math.abs(z[i]!);
      g[i]! /= d * d;
    }
  },
};

export const softsign: ScalarActivation = {
  kind: 'scalar',
  id: 'softsign',
  name: 'Softsign',
  description: 'A tanh-like S-curve built from a division instead of exponentials; it approaches ±1 polynomially, so it saturates more gently than tanh.',
  formula: String.raw`f(x) = \frac{x}{1 + |x|}`,
  derivativeFormula: String.raw`f'(x) = \frac{1}{(1 + |x|)^2}`,
  params: [],
  hiddenUsable: true,
  value: (x) => x / (1 + Math.abs(x)),
  derivative: (x) => 1 / (1 + Math.abs(x)) ** 2,
  apply: (x) => tf.tidy(() => tf.div(x, tf.add(1, tf.abs(x)))),
  tfjsBuiltin: () => 'softsign',
  arrayKernel: () => SOFTSIGN_KERNEL,
  properties: () => ({
    range: { lo: -1, hi: 1, label: '(-1, 1)' },
    monotonic: true,
    smooth: true,
    zeroCentred: true,
    saturating: 'both',
    cost: 'cheap',
    kinks: [],
  }),
  frameworks: {
    keras: { identifier: 'softsign', calls: ['keras.activations.softsign(x)'] },
    pytorch: { identifier: null, calls: ['torch.nn.Softsign()'] },
    tfjs: { identifier: 'softsign', calls: ["tf.layers.activation({ activation: 'softsign' })"], note: 'Available as a string only; there is no tf.softsign op.' },
  },
};
