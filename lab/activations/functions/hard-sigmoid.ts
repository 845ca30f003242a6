import { tf } from '../../tfjs.ts';
import { withDefaults } from '../param-defaults.ts';
import type { ArrayKernel, ParamSpec, ScalarActivation } from '../types.ts';

/** The `form` parameter picks the slope: index 0 is Keras 3 and PyTorch, index 1 is TF.js (and Keras 2). */
const SLOPES = [1 / 6, 0.2] as const;
const TFJS_FORM = 1;

const PARAMS: readonly ParamSpec[] = [
  {
    name: 'form', symbol: String.raw`\text{form}`, label: 'Form', default: 0, min: 0, max: 1, step: 1,
    choices: [
      { value: 0, label: 'x/6 + 1/2 (Keras 3, PyTorch)' },
      { value: 1, label: '0.2x + 1/2 (TF.js, Keras 2)' },
    ],
    description: 'Frameworks disagree: Keras 3 and PyTorch clip x/6 + 1/2 (linear on [−3, 3]); TF.js’s hardSigmoid clips 0.2x + 1/2 (linear on [−2.5, 2.5]).',
  },
];

function slopeOf(form: number): number {
  return SLOPES[form === TFJS_FORM ? 1 : 0];
}

/**
 * clip(s·x + ½, 0, 1) with s a float32 scalar, as tfjs computes it; tfjs's clip passes the gradient
 * where the unclipped value lies in [0, 1], ends included.
 */
function rampKernel(slope: number): ArrayKernel {
  const s = Math.fround(slope);
  return {
    apply: (z, a, count) => {
      for (let i = 0; i < count; i++) a[i] = Math.min(1, Math.max(0, Math.fround(s * z[i]!) + 0.5));
    },
    backprop: (z, _a, g, count) => {
      for (let i = 0; i < count; i++) {
        const y = Math.fround(s * z[i]!) + 0.5;
        g[i]! *= y >= 0 && y <= 1 ? s : 0;
      }
    },
  };
}

const RAMP_KERNELS = SLOPES.map(rampKernel);

export const hardSigmoid: ScalarActivation = {
  kind: 'scalar',
  id: 'hard-sigmoid',
  name: 'Hard sigmoid',
  description: 'A piecewise-linear stand-in for the sigmoid: a straight ramp from 0 to 1, clipped flat outside it. No exponentials, so it is cheap on small devices.',
  formula: String.raw`f(x) = \min\bigl(1, \max(0,\ s x + \tfrac{1}{2})\bigr), \quad s = \tfrac{1}{6} \text{ or } 0.2`,
  derivativeFormula: String.raw`f'(x) = \begin{cases} s & |x| < \tfrac{1}{2s} \\ 0 & |x| > \tfrac{1}{2s} \end{cases}`,
  params: PARAMS,
  hiddenUsable: true,
  value: (x, params) => Math.min(1, Math.max(0, slopeOf(withDefaults(PARAMS, params).form) * x + 0.5)),
  derivative: (x, params) => {
    const slope = slopeOf(withDefaults(PARAMS, params).form);
    return Math.abs(x) <= 0.5 / slope ? slope : 0;
  },
  apply: (x, params) => {
    const slope = slopeOf(withDefaults(PARAMS, params).form);
    return tf.tidy(() => tf.clipByValue(tf.add(tf.mul(x, slope), 0.5), 0, 1));
  },
  tfjsBuiltin: (params) => (withDefaults(PARAMS, params).form === TFJS_FORM ? 'hardSigmoid' : undefined),
  arrayKernel: (params) => RAMP_KERNELS[withDefaults(PARAMS, params).form === TFJS_FORM ? 1 : 0],
  properties: (params) => {
    const edge = 0.5 / slopeOf(withDefaults(PARAMS, params).form);
    return {
      range: { lo: 0, hi: 1, label: '[0, 1]' },
      monotonic: true,
      smooth: false,
      zeroCentred: false,
      saturating: 'both',
      cost: 'cheap',
      kinks: [-edge, edge],
    };
  },
  frameworks: {
    keras: { identifier: 'hard_sigmoid', calls: ['keras.activations.hard_sigmoid(x)'], note: 'x/6 + 1/2, clipped to [0, 1].' },
    pytorch: { identifier: null, calls: ['torch.nn.Hardsigmoid()'], note: 'x/6 + 1/2, clipped to [0, 1].' },
    tfjs: {
      identifier: 'hardSigmoid',
      calls: ["tf.layers.activation({ activation: 'hardSigmoid' })"],
      note: '0.2x + 1/2, clipped to [0, 1] (the Keras 2 form). The Keras spelling "hard_sigmoid" fails with "Unknown activation".',
    },
    differingDefaults: [
      { setting: 'Ramp', keras: 'x/6 + 1/2, clipped to [0, 1]', pytorch: 'x/6 + 1/2, clipped to [0, 1]', tfjs: '0.2x + 1/2, clipped to [0, 1]' },
    ],
  },
};
