import { tf } from '../../tfjs.ts';
import { logistic, sech2, softplus, tfjsSigmoid, tfjsSoftplus } from '../scalar-math.ts';
import type { ArrayKernel, ScalarActivation } from '../types.ts';

/** Found by solving f′(x) = 0 numerically; the Mish README quotes ≈ −0.30884 at ≈ −1.1924. */
export const MISH_MINIMUM = { x: -1.1924312145154952, value: -0.30884341301725038 } as const;

/** x · tanh(softplus(x)) with tfjs's softplus; the slope is t + x(1 − t²)σ(x), t = tanh(softplus(x)). */
const MISH_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! * Math.tanh(tfjsSoftplus(z[i]!));
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) {
      const x = z[i]!;
      const t = Math.tanh(tfjsSoftplus(x));
      g[i]! *= t + x * (1 - t * t) * tfjsSigmoid(x);
    }
  },
};

export const mish: ScalarActivation = {
  kind: 'scalar',
  id: 'mish',
  name: 'Mish',
  description: 'The input times the tanh of its softplus: a smooth, self-gated curve like Swish with a slightly deeper dip; costs more to compute.',
  formula: String.raw`f(x) = x \tanh\bigl(\operatorname{softplus}(x)\bigr) = x \tanh\bigl(\ln(1 + e^{x})\bigr)`,
  derivativeFormula: String.raw`f'(x) = \tanh\bigl(\operatorname{sp}(x)\bigr) + x\,\sigma(x)\,\operatorname{sech}^2\bigl(\operatorname{sp}(x)\bigr)`,
  params: [],
  hiddenUsable: true,
  value: (x) => x * Math.tanh(softplus(x)),
  derivative: (x) => {
    const sp = softplus(x);
    return Math.tanh(sp) + x * logistic(x) * sech2(sp);
  },
  apply: (x) => tf.tidy(() => tf.mul(x, tf.tanh(tf.softplus(x)))),
  tfjsBuiltin: () => 'mish',
  arrayKernel: () => MISH_KERNEL,
  properties: () => ({
    range: { lo: MISH_MINIMUM.value, hi: Infinity, label: String.raw`[\approx -0.3088, \infty)` },
    monotonic: false,
    smooth: true,
    zeroCentred: true,
    saturating: 'left',
    cost: 'expensive',
    kinks: [],
  }),
  frameworks: {
    keras: { identifier: 'mish', calls: ['keras.activations.mish(x)'] },
    pytorch: { identifier: null, calls: ['torch.nn.Mish()'] },
    tfjs: { identifier: 'mish', calls: ["tf.layers.activation({ activation: 'mish' })"], note: 'The string only; there is no tf.mish op.' },
  },
};
