import { tf } from '../../tfjs.ts';
import { logistic, tfjsSigmoid } from '../scalar-math.ts';
import type { ArrayKernel, ScalarActivation } from '../types.ts';

const SIGMOID_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = tfjsSigmoid(z[i]!);
  },
  backprop: (_z, a, g, count) => {
    for (let i = 0; i < count; i++) g[i]! *= a[i]! * (1 - a[i]!);
  },
};

export const sigmoid: ScalarActivation = {
  kind: 'scalar',
  id: 'sigmoid',
  name: 'Sigmoid (logistic)',
  description: 'Squashes any input into (0, 1), which reads as a probability; its slope never exceeds 1/4, so deep stacks of it shrink gradients.',
  formula: String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`,
  derivativeFormula: String.raw`\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)`,
  params: [],
  hiddenUsable: true,
  value: (x) => logistic(x),
  derivative: (x) => {
    const s = logistic(x);
    return s * (1 - s);
  },
  apply: (x) => tf.sigmoid(x),
  tfjsBuiltin: () => 'sigmoid',
  arrayKernel: () => SIGMOID_KERNEL,
  properties: () => ({
    range: { lo: 0, hi: 1, label: '(0, 1)' },
    monotonic: true,
    smooth: true,
    zeroCentred: false,
    saturating: 'both',
    cost: 'moderate',
    kinks: [],
  }),
  frameworks: {
    keras: { identifier: 'sigmoid', calls: ['keras.activations.sigmoid(x)'] },
    pytorch: { identifier: null, calls: ['torch.nn.Sigmoid()', 'torch.sigmoid(x)'] },
    tfjs: { identifier: 'sigmoid', calls: ['tf.sigmoid(x)'] },
  },
};
