import { tf } from '../../tfjs.ts';
import { withDefaults } from '../param-defaults.ts';
import type { ParamSpec, ScalarActivation } from '../types.ts';
import { leakyDerivative, leakyKernel, leakyProperties, leakyValue, perUnitLeakyKernel } from './leaky-shape.ts';

const PARAMS: readonly ParamSpec[] = [
  {
    name: 'alpha', symbol: 'a', label: 'Initial slope', default: 0.25, min: 0, max: 1, step: 0.01,
    description: 'Starting value of the learned negative slope (one per unit). 0.25 follows He et al. and PyTorch; Keras 3 and TF.js start at 0.',
  },
];

export const prelu: ScalarActivation = {
  kind: 'scalar',
  id: 'prelu',
  name: 'PReLU (parametric ReLU)',
  description: 'Leaky ReLU whose negative slope a is a weight learned with the rest of the network, ∂f/∂a = x for x < 0.',
  formula: String.raw`f(x) = \begin{cases} x & x \ge 0 \\ a x & x < 0 \end{cases}`,
  derivativeFormula: String.raw`\frac{\partial f}{\partial x} = \begin{cases} 1 & x > 0 \\ a & x < 0 \end{cases}, \quad \frac{\partial f}{\partial a} = \begin{cases} 0 & x \ge 0 \\ x & x < 0 \end{cases}`,
  params: PARAMS,
  hiddenUsable: true,
  value: (x, params) => leakyValue(x, withDefaults(PARAMS, params).alpha),
  derivative: (x, params) => leakyDerivative(x, withDefaults(PARAMS, params).alpha),
  apply: (x, params) => tf.leakyRelu(x, withDefaults(PARAMS, params).alpha),
  tfjsBuiltin: () => undefined,
  /** The slope held at its starting value (a leaky ReLU); the trained slopes are weightedKernel's. */
  arrayKernel: (params) => leakyKernel(withDefaults(PARAMS, params).alpha),
  weightedKernel: (units) => perUnitLeakyKernel(units),
  trainableLayer: (params) => {
    const { alpha } = withDefaults(PARAMS, params);
    return () => tf.layers.prelu({ alphaInitializer: tf.initializers.constant({ value: alpha }) });
  },
  properties: (params) => leakyProperties(withDefaults(PARAMS, params).alpha),
  frameworks: {
    keras: {
      identifier: null,
      calls: ['keras.layers.PReLU(alpha_initializer="Zeros", alpha_regularizer=None, alpha_constraint=None, shared_axes=None)'],
      note: 'A layer only. One slope per unit unless shared_axes is set, and it starts at 0, so the layer begins as a plain ReLU.',
    },
    pytorch: {
      identifier: null,
      calls: ['torch.nn.PReLU(num_parameters=1, init=0.25)'],
      note: 'One slope shared by all channels unless num_parameters is set; starts at 0.25. He et al. also exclude it from weight decay.',
    },
    tfjs: {
      identifier: null,
      calls: ["tf.layers.prelu({ alphaInitializer: 'zeros' })", 'tf.prelu(x, alpha)'],
      note: 'The string "prelu" fails with "Unknown activation". The layer keeps one slope per unit, starting at 0.',
    },
    differingDefaults: [
      { setting: 'Initial slope', keras: '0', pytorch: '0.25', tfjs: '0' },
      { setting: 'Slopes learned', keras: 'one per unit', pytorch: 'one for the layer (num_parameters=1)', tfjs: 'one per unit' },
    ],
  },
};
