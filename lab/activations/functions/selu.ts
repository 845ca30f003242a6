import { tf } from '../../tfjs.ts';
import type { ArrayKernel, ScalarActivation } from '../types.ts';

/** Klambauer et al.'s constants, as in Keras, PyTorch and TF.js. */
export const SELU_LAMBDA = 1.0507009873554805;
export const SELU_ALPHA = 1.6732632423543772;
/** λα as tfjs 4.22 writes it (tfjs-core ops/selu_util), for the array kernel. */
const TFJS_SELU_SCALE_ALPHA = 1.7580993408473769;

const SELU_KERNEL: ArrayKernel = {
  apply: (z, a, count) => {
    for (let i = 0; i < count; i++) a[i] = z[i]! >= 0 ? SELU_LAMBDA * z[i]! : TFJS_SELU_SCALE_ALPHA * (Math.exp(z[i]!) - 1);
  },
  backprop: (z, _a, g, count) => {
    for (let i = 0; i < count; i++) g[i]! *= z[i]! > 0 ? SELU_LAMBDA : TFJS_SELU_SCALE_ALPHA * Math.exp(z[i]!);
  },
};

export const selu: ScalarActivation = {
  kind: 'scalar',
  id: 'selu',
  name: 'SELU',
  description: 'A scaled ELU whose two constants are chosen so that, with LeCun-normal weights, activations keep roughly zero mean and unit variance from layer to layer.',
  formula: String.raw`f(x) = \lambda \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}, \quad \lambda \approx 1.0507,\ \alpha \approx 1.6733`,
  derivativeFormula: String.raw`f'(x) = \begin{cases} \lambda & x > 0 \\ \lambda \alpha e^{x} & x \le 0 \end{cases}`,
  params: [],
  hiddenUsable: true,
  value: (x) => (x > 0 ? SELU_LAMBDA * x : SELU_LAMBDA * SELU_ALPHA * Math.expm1(x)),
  derivative: (x) => (x > 0 ? SELU_LAMBDA : SELU_LAMBDA * SELU_ALPHA * Math.exp(x)),
  apply: (x) => tf.selu(x),
  tfjsBuiltin: () => 'selu',
  arrayKernel: () => SELU_KERNEL,
  properties: () => ({
    range: { lo: -SELU_LAMBDA * SELU_ALPHA, hi: Infinity, label: String.raw`(-\lambda\alpha, \infty) \approx (-1.7581, \infty)` },
    monotonic: true,
    smooth: false,
    zeroCentred: true,
    saturating: 'left',
    cost: 'moderate',
    kinks: [0],
  }),
  frameworks: {
    keras: { identifier: 'selu', calls: ['keras.activations.selu(x)'], note: 'Meant to be paired with the LecunNormal initializer.' },
    pytorch: { identifier: null, calls: ['torch.nn.SELU()'] },
    tfjs: { identifier: 'selu', calls: ['tf.selu(x)'] },
  },
};
