import { tf } from '../../tfjs.ts';
import type { ArrayKernel, ScalarActivation } from '../types.ts';

/** tfjs's Relu gradient is 0 at z = 0. */
const RELU_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! < 0 ? 0 : z[i]!;
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) if (!(z[i]! > 0)) g[i] = 0;
  },
};

export const relu: ScalarActivation = {
  kind: 'scalar',
  id: 'relu',
  name: 'ReLU',
  description: 'Keeps positive inputs and zeroes the rest: cheap, with slope 1 for every positive input, but a unit whose inputs all turn negative stops learning (“dying ReLU”).',
  formula: String.raw`f(x) = \max(0, x)`,
  derivativeFormula: String.raw`f'(x) = \begin{cases} 1 & x > 0 \\ 0 & x < 0 \end{cases}`,
  params: [],
  hiddenUsable: true,
  value: (x) => Math.max(0, x),
  derivative: (x) => (x > 0 ? 1 : 0),
  apply: (x) => tf.relu(x),
  tfjsBuiltin: () => 'relu',
  arrayKernel: () => RELU_KERNEL,
  properties: () => ({
    range: { lo: 0, hi: Infinity, label: String.raw`[0, \infty)` },
    monotonic: true,
    smooth: false,
    zeroCentred: false,
    saturating: 'left',
    cost: 'cheap',
    kinks: [0],
  }),
  frameworks: {
    keras: {
      identifier: 'relu',
      calls: [
        'keras.activations.relu(x, negative_slope=0.0, max_value=None, threshold=0.0)',
        'keras.layers.ReLU(max_value=None, negative_slope=0.0, threshold=0.0)',
      ],
      note: 'Keras 2 called the negative slope alpha; in Keras 3 it is negative_slope, and relu(x, alpha=0.0) fails with an unexpected-keyword error.',
    },
    pytorch: { identifier: null, calls: ['torch.nn.ReLU()', 'torch.relu(x)'], note: 'The gradient at exactly 0 is taken as 0, as in every framework.' },
    tfjs: { identifier: 'relu', calls: ['tf.relu(x)', 'tf.layers.reLU({ maxValue })'] },
  },
};
