import { tf } from '../../tfjs.ts';
import { logistic } from '../scalar-math.ts';
import type { VectorActivation } from '../types.ts';

function softmaxVector(z: readonly number[]): number[] {
  if (z.length === 0) return [];
  const largest = Math.max(...z);
  const exps = z.map((zi) => Math.exp(zi - largest));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}

export const softmax: VectorActivation = {
  kind: 'vector',
  id: 'softmax',
  name: 'Softmax',
  description: 'Turns a vector of scores into probabilities that are positive and sum to 1. It acts on the whole output layer at once, so it belongs on a multi-class output, not in hidden layers.',
  formula: String.raw`s_i(\mathbf{z}) = \frac{e^{z_i}}{\sum_{j} e^{z_j}}`,
  derivativeFormula: String.raw`\frac{\partial s_i}{\partial z_j} = s_i\,(\delta_{ij} - s_j); \quad \text{with cross-entropy, } \frac{\partial L}{\partial \mathbf{z}} = \mathbf{s} - \mathbf{y}`,
  params: [],
  hiddenUsable: false,
  vectorValue: softmaxVector,
  jacobian: (z) => {
    const s = softmaxVector(z);
    return s.map((si, i) => s.map((sj, j) => si * ((i === j ? 1 : 0) - sj)));
  },
  slice: {
    description: 'The first output of softmax([x, 0]) as x varies: with two classes softmax reduces to the sigmoid σ(x).',
    value: (x) => logistic(x),
    derivative: (x) => {
      const s = logistic(x);
      return s * (1 - s);
    },
  },
  apply: (x) => tf.softmax(x),
  tfjsBuiltin: () => 'softmax',
  properties: () => ({
    range: { lo: 0, hi: 1, label: String.raw`(0, 1),\ \textstyle\sum_i s_i = 1` },
    monotonic: true,
    smooth: true,
    zeroCentred: false,
    saturating: 'both',
    cost: 'moderate',
    kinks: [],
  }),
  frameworks: {
    keras: { identifier: 'softmax', calls: ['keras.activations.softmax(x, axis=-1)', 'keras.layers.Softmax(axis=-1)'] },
    pytorch: {
      identifier: null,
      calls: ['torch.nn.Softmax(dim=None)'],
      note: 'Pass dim explicitly (usually dim=-1); with None PyTorch guesses the axis and warns. nn.CrossEntropyLoss expects logits, not softmax outputs.',
    },
    tfjs: {
      identifier: 'softmax',
      calls: ['tf.softmax(logits, dim = -1)', 'tf.layers.softmax({ axis })'],
      note: 'The softmax layer’s default axis is 1 in the code (the docs say −1), so it throws on rank-3 input; the activation string and tf.softmax use the last axis.',
    },
    differingDefaults: [
      { setting: 'Axis', keras: '−1 (the last)', pytorch: 'None (guessed, with a warning)', tfjs: '−1 for tf.softmax and the string, 1 for tf.layers.softmax' },
    ],
  },
};
