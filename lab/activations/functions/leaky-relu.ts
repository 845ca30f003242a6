import { tf } from '../../tfjs.ts';
import { withDefaults } from '../param-defaults.ts';
import type { ParamSpec, ScalarActivation } from '../types.ts';
import { leakyDerivative, leakyKernel, leakyProperties, leakyValue } from './leaky-shape.ts';

const PARAMS: readonly ParamSpec[] = [
  {
    name: 'alpha', symbol: String.raw`\alpha`, label: 'Negative slope', default: 0.01, min: 0, max: 1, step: 0.01,
    description: 'Slope for negative inputs. 0.01 is PyTorch’s default; Keras 3 uses 0.2 for the function and 0.3 for the layer, TF.js 0.2 for the op and 0.3 for the layer.',
  },
];

export const leakyRelu: ScalarActivation = {
  kind: 'scalar',
  id: 'leaky-relu',
  name: 'Leaky ReLU',
  description: 'ReLU with a small fixed slope α for negative inputs, so a unit pushed below zero still gets a gradient and can recover.',
  formula: String.raw`f(x) = \begin{cases} x & x \ge 0 \\ \alpha x & x < 0 \end{cases}`,
  derivativeFormula: String.raw`f'(x) = \begin{cases} 1 & x > 0 \\ \alpha & x < 0 \end{cases}`,
  params: PARAMS,
  hiddenUsable: true,
  value: (x, params) => leakyValue(x, withDefaults(PARAMS, params).alpha),
  derivative: (x, params) => leakyDerivative(x, withDefaults(PARAMS, params).alpha),
  apply: (x, params) => tf.leakyRelu(x, withDefaults(PARAMS, params).alpha),
  tfjsBuiltin: () => undefined,
  arrayKernel: (params) => leakyKernel(withDefaults(PARAMS, params).alpha),
  properties: (params) => leakyProperties(withDefaults(PARAMS, params).alpha),
  frameworks: {
    keras: {
      identifier: 'leaky_relu',
      calls: ['keras.activations.leaky_relu(x, negative_slope=0.2)', 'keras.layers.LeakyReLU(negative_slope=0.3)'],
      note: 'The function defaults to 0.2 and the layer to 0.3; neither matches PyTorch’s 0.01.',
    },
    pytorch: { identifier: null, calls: ['torch.nn.LeakyReLU(negative_slope=0.01)'] },
    tfjs: {
      identifier: null,
      calls: ['tf.leakyRelu(x, alpha = 0.2)', 'tf.layers.leakyReLU({ alpha: 0.3 })'],
      note: 'No activation string: "leakyRelu" and "leaky_relu" fail with "Unknown activation". The op defaults to 0.2, the layer to 0.3.',
    },
    differingDefaults: [
      { setting: 'Negative slope', keras: '0.2 (function), 0.3 (layer)', pytorch: '0.01', tfjs: '0.2 (op), 0.3 (layer)' },
    ],
  },
};
