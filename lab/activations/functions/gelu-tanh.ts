import { tf } from '../../tfjs.ts';
import type { ArrayKernel, ScalarActivation } from '../types.ts';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const CUBIC_COEFFICIENT = 0.044715;
/** The two constants as tfjs's 'gelu_new' holds them: float32 tensors (√(2/π) from float32 π). */
const TFJS_SQRT_2_OVER_PI = Math.fround(Math.sqrt(Math.fround(2 / Math.fround(Math.PI))));
const TFJS_CUBIC_COEFFICIENT = Math.fround(CUBIC_COEFFICIENT);

const GELU_TANH_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) {
      const x = z[i]!;
      a[i] = 0.5 * (x * (1 + Math.tanh(TFJS_SQRT_2_OVER_PI * (x + TFJS_CUBIC_COEFFICIENT * x * x * x))));
    }
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) {
      const x = z[i]!;
      const t = Math.tanh(TFJS_SQRT_2_OVER_PI * (x + TFJS_CUBIC_COEFFICIENT * x * x * x));
      g[i]! *= 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * TFJS_SQRT_2_OVER_PI * (1 + 3 * TFJS_CUBIC_COEFFICIENT * x * x);
    }
  },
};

/** Found by solving f′(x) = 0 numerically. */
export const GELU_TANH_MINIMUM = { x: -0.7524614220782635, value: -0.17004075057125401 } as const;

function inner(x: number): number {
  return SQRT_2_OVER_PI * (x + CUBIC_COEFFICIENT * x ** 3);
}

export const geluTanh: ScalarActivation = {
  kind: 'scalar',
  id: 'gelu-tanh',
  name: 'GELU (tanh approximation)',
  description: 'The tanh-based approximation of GELU used by BERT and GPT-2; it stays within about 5e-4 of the exact curve.',
  formula: String.raw`f(x) = \tfrac{1}{2}\,x\left(1 + \tanh\!\left(\sqrt{2/\pi}\,\bigl(x + 0.044715\,x^{3}\bigr)\right)\right)`,
  derivativeFormula: String.raw`f'(x) = \tfrac{1}{2}\bigl(1 + \tanh u\bigr) + \tfrac{1}{2}\,x\,\bigl(1 - \tanh^2 u\bigr)\sqrt{2/\pi}\,\bigl(1 + 3 \cdot 0.044715\,x^{2}\bigr), \quad u = \sqrt{2/\pi}\,\bigl(x + 0.044715\,x^{3}\bigr)`,
  params: [],
  hiddenUsable: true,
  value: (x) => 0.5 * x * (1 + Math.tanh(inner(x))),
  derivative: (x) => {
    const t = Math.tanh(inner(x));
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * CUBIC_COEFFICIENT * x * x);
  },
  /** Written as tfjs's 'gelu_new' activation writes it, op for op. */
  apply: (x) =>
    tf.tidy(() => {
      const u = tf.mul(TFJS_SQRT_2_OVER_PI, tf.add(x, tf.mul(CUBIC_COEFFICIENT, tf.pow(x, 3))));
      return tf.mul(0.5, tf.mul(x, tf.add(1, tf.tanh(u))));
    }),
  tfjsBuiltin: () => 'gelu_new',
  arrayKernel: () => GELU_TANH_KERNEL,
  properties: () => ({
    range: { lo: GELU_TANH_MINIMUM.value, hi: Infinity, label: String.raw`[\approx -0.1700, \infty)` },
    monotonic: false,
    smooth: true,
    zeroCentred: true,
    saturating: 'left',
    cost: 'moderate',
    kinks: [],
  }),
  frameworks: {
    keras: {
      identifier: null,
      calls: ['keras.activations.gelu(x, approximate=True)'],
      note: 'No string of its own: "gelu" is the exact form, so pass the function with approximate=True.',
    },
    pytorch: { identifier: null, calls: ["torch.nn.GELU(approximate='tanh')"] },
    tfjs: { identifier: 'gelu_new', calls: ["tf.layers.activation({ activation: 'gelu_new' })"], note: 'Since TF.js 4.20; no op.' },
  },
};
