import { tf } from '../../tfjs.ts';
import type { ArrayKernel, ScalarActivation } from '../types.ts';

const CAP = 6;

const RELU6_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = Math.min(Math.max(z[i]!, 0), CAP);
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) if (!(z[i]! > 0 && z[i]! <= CAP)) g[i] = 0;
  },
};

export const relu6: ScalarActivation = {
  kind: 'scalar',
  id: 'relu6',
  name: 'ReLU6',
  description: 'ReLU capped at 6, which keeps activations in a small fixed range; popular in mobile networks (MobileNet) that run in low precision.',
  formula: String.raw`f(x) = \min\bigl(\max(0, x),\ 6\bigr)`,
  derivativeFormula: String.raw`f'(x) = \begin{cases} 1 & 0 < x < 6 \\ 0 & x < 0 \text{ or } x > 6 \end{cases}`,
  params: [],
  hiddenUsable: true,
  value: (x) => Math.min(Math.max(0, x), CAP),
  /** tfjs's Relu6 gradient counts x = 6 as inside and x = 0 as outside. */
  derivative: (x) => (x > 0 && x <= CAP ? 1 : 0),
  apply: (x) => tf.relu6(x),
  tfjsBuiltin: () => 'relu6',
  arrayKernel: () => RELU6_KERNEL,
  properties: () => ({
    range: { lo: 0, hi: CAP, label: '[0, 6]' },
    monotonic: true,
    smooth: false,
    zeroCentred: false,
    saturating: 'both',
    cost: 'cheap',
    kinks: [0, CAP],
  }),
  frameworks: {
    keras: { identifier: 'relu6', calls: ['keras.activations.relu6(x)', 'keras.layers.ReLU(max_value=6.0)'] },
    pytorch: { identifier: null, calls: ['torch.nn.ReLU6()'] },
    tfjs: { identifier: 'relu6', calls: ['tf.relu6(x)', 'tf.layers.reLU({ maxValue: 6 })'] },
  },
};
