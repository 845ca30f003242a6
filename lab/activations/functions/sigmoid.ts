import { tf } from '../../tfjs.ts';
import { logistic } from '../scalar-math.ts';
import type { ScalarActivation } from '../types.ts';

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
