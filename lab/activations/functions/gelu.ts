import { tf } from '../../tfjs.ts';
import { normalCdf, normalPdf, tfjsErf } from '../scalar-math.ts';
import type { ArrayKernel, ScalarActivation } from '../types.ts';

/** Found by solving Φ(x) + xφ(x) = 0 numerically. */
export const GELU_MINIMUM = { x: -0.7517915246935647, value: -0.16997120747990366 } as const;

/**
 * x · ½(1 + erf(x/√2)) with tfjs's erf (its polynomial approximation); tfjs differentiates erf exactly,
 * so the slope is the cdf above plus x·φ(x).
 */
const GELU_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! * (0.5 * (1 + tfjsErf(z[i]! / Math.SQRT2)));
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) {
      const x = z[i]!;
      g[i]! *= 0.5 * (1 + tfjsErf(x / Math.SQRT2)) + x * normalPdf(x);
    }
  },
};

export const gelu: ScalarActivation = {
  kind: 'scalar',
  id: 'gelu',
  name: 'GELU (exact)',
  description: 'Weights each input by the probability that a standard normal variable falls below it. Smooth, with a shallow dip below zero; the usual choice in Transformers. (A cheaper sigmoid form, xσ(1.702x), also appears in the original paper.)',
  formula: String.raw`f(x) = x\,\Phi(x) = \tfrac{1}{2}\,x\left(1 + \operatorname{erf}\!\left(\tfrac{x}{\sqrt{2}}\right)\right)`,
  derivativeFormula: String.raw`f'(x) = \Phi(x) + x\,\varphi(x), \quad \varphi(x) = \tfrac{1}{\sqrt{2\pi}}\,e^{-x^2/2}`,
  params: [],
  hiddenUsable: true,
  value: (x) => x * normalCdf(x),
  derivative: (x) => normalCdf(x) + x * normalPdf(x),
  /** Written as tfjs's 'gelu' activation writes it, op for op. */
  apply: (x) => tf.tidy(() => tf.mul(x, tf.mul(0.5, tf.add(1, tf.erf(tf.div(x, Math.SQRT2)))))),
  tfjsBuiltin: () => 'gelu',
  arrayKernel: () => GELU_KERNEL,
  properties: () => ({
    range: { lo: GELU_MINIMUM.value, hi: Infinity, label: String.raw`[\approx -0.1700, \infty)` },
    monotonic: false,
    smooth: true,
    zeroCentred: true,
    saturating: 'left',
    cost: 'moderate',
    kinks: [],
  }),
  frameworks: {
    keras: {
      identifier: 'gelu',
      calls: ['keras.activations.gelu(x, approximate=False)'],
      note: 'keras.ops.gelu defaults to approximate=True, unlike the activation.',
    },
    pytorch: { identifier: null, calls: ["torch.nn.GELU(approximate='none')"] },
    tfjs: {
      identifier: 'gelu',
      calls: ["tf.layers.activation({ activation: 'gelu' })"],
      note: 'The string only (since TF.js 4.20); there is no tf.gelu op. tf.erf is a polynomial approximation accurate to about 1.5e-7.',
    },
  },
};
