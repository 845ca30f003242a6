import { tf } from '../../tfjs.ts';
import type { ArrayKernel, ScalarActivation } from '../types.ts';

/**
 * f(x) = 1 for x ≥ 0. tf.step(x) is 1 only for x > 0, so the input is mirrored: 1 − step(−x).
 * The custom gradient returns plain zeros (the chain through tf.neg would give −0).
 */
function stepTensor(x: tf.Tensor): tf.Tensor {
  // Made per call: TensorFlow.js loads on demand, so no tfjs function can exist when this file loads.
  const step = tf.customGrad((...inputs) => {
    const input = inputs[0] as tf.Tensor;
    return {
      value: tf.tidy(() => tf.sub(1, tf.step(tf.neg(input)))),
      gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy),
    };
  });
  return step(x);
}

/**
 * The step as tfjs computes it (NaN stays NaN), with tfjs's zero gradient: a network of step units
 * trains on the array engine exactly as on tfjs, which means that nothing before a step layer learns.
 */
const STEP_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! >= 0 ? 1 : z[i]! < 0 ? 0 : z[i]!;
  },
  backprop: (_z, _a, g, count) => {
    g.fill(0, 0, count);
  },
};

export const step: ScalarActivation = {
  kind: 'scalar',
  id: 'step',
  name: 'Binary step',
  description: 'Outputs 1 when the input reaches the threshold 0 and 0 below it: the original perceptron’s all-or-nothing unit.',
  formula: String.raw`f(x) = \begin{cases} 1 & x \ge 0 \\ 0 & x < 0 \end{cases}`,
  derivativeFormula: String.raw`f'(x) = 0 \ \text{for } x \ne 0, \text{ undefined at } 0`,
  params: [],
  hiddenUsable: true,
  value: (x) => (x >= 0 ? 1 : 0),
  derivative: () => 0,
  apply: (x) => stepTensor(x),
  tfjsBuiltin: () => undefined,
  arrayKernel: () => STEP_KERNEL,
  properties: () => ({
    range: { lo: 0, hi: 1, label: String.raw`\{0, 1\}` },
    monotonic: true,
    smooth: false,
    zeroCentred: false,
    saturating: 'both',
    cost: 'cheap',
    kinks: [0],
  }),
  frameworks: {
    keras: {
      identifier: null,
      calls: [],
      note: 'Keras 3 has no step activation; it takes a custom layer, and its gradient is zero wherever it is defined.',
    },
    pytorch: {
      identifier: null,
      calls: ['torch.heaviside(x, torch.tensor(1.0))'],
      note: 'A function only (no nn module); the second argument is the value used at x = 0.',
    },
    tfjs: {
      identifier: null,
      calls: ['tf.step(x, alpha = 0)'],
      note: 'tf.step gives 1 only for x > 0 (alpha at and below 0), so tf.step(0) is 0 where this catalog gives 1. Its gradient is registered as zero. The string "step" fails with "Unknown activation".',
    },
  },
};
