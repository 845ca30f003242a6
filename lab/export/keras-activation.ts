/**
 * A catalog activation in Keras 3: the catalog's Keras identifier as the Dense layer's activation
 * when Keras's function computes exactly this function, an activation layer with its arguments
 * written out (LeakyReLU, PReLU, ELU), or a small function or layer defined in the generated file.
 */
import { getActivation } from '../activations/catalog.ts';
import { indent, pyFloat, type CodeDefinition } from './code-text.ts';

export interface KerasActivation {
  /** The Dense layer's activation argument (a Python expression), when the activation is fused. */
  fused?: string;
  /** A layer that follows a linear Dense layer, when it is not. */
  layer?: string;
  definitions: CodeDefinition[];
}

function kerasIdentifier(id: string): string {
  const identifier = getActivation(id).frameworks.keras.identifier;
  if (identifier == null) throw new Error(`The catalog gives no Keras identifier for "${id}".`);
  return `"${identifier}"`;
}

const fusedIdentifier = (id: string): KerasActivation => ({ fused: kerasIdentifier(id), definitions: [] });

/** A plain function used as `activation=name`. */
function fusedFunction(name: string, docstring: string, body: string): KerasActivation {
  return {
    fused: name,
    definitions: [{ name, code: `def ${name}(x):\n${indent(`"""${docstring}"""\nreturn ${body}`, 4)}` }],
  };
}

const TRAINABLE_SWISH: CodeDefinition = {
  name: 'TrainableSwish',
  code: [
    'class TrainableSwish(layers.Layer):',
    '    """Swish x * sigmoid(beta * x) whose beta is learned: one for the layer, or one per unit."""',
    '',
    '    def __init__(self, beta, per_unit=False, **kwargs):',
    '        super().__init__(**kwargs)',
    '        self.initial_beta = beta',
    '        self.per_unit = per_unit',
    '',
    '    def build(self, input_shape):',
    '        shape = (input_shape[-1],) if self.per_unit else (1,)',
    '        self.beta = self.add_weight(shape=shape, initializer=keras.initializers.Constant(self.initial_beta), name="beta")',
    '',
    '    def call(self, x):',
    '        return x * keras.ops.sigmoid(self.beta * x)',
  ].join('\n'),
};

function swish(params: Record<string, number>): KerasActivation {
  const { beta = 1, trainable = 0, perUnit = 0 } = params;
  if (trainable === 1) {
    return { layer: `TrainableSwish(beta=${pyFloat(beta)}, per_unit=${perUnit === 1 ? 'True' : 'False'})`, definitions: [TRAINABLE_SWISH] };
  }
  if (beta === 1) return fusedIdentifier('swish');
  return fusedFunction('swish_beta', `Swish with a fixed beta: x * sigmoid(${pyFloat(beta)} * x).`, `x * keras.ops.sigmoid(${pyFloat(beta)} * x)`);
}

export function kerasActivation(id: string, params: Record<string, number>): KerasActivation {
  switch (id) {
    case 'step':
      return fusedFunction('step', '1 for x >= 0, else 0; no gradient passes through it.', 'keras.ops.cast(keras.ops.greater_equal(x, 0.0), x.dtype)');
    case 'linear':
      return params.c === 1 ? fusedIdentifier(id) : fusedFunction('scaled_identity', `f(x) = ${pyFloat(params.c ?? 1)} * x.`, `${pyFloat(params.c ?? 1)} * x`);
    case 'leaky-relu':
      // The layer's own default slope is 0.3 and the function's 0.2: always pass it.
      return { layer: `layers.LeakyReLU(negative_slope=${pyFloat(params.alpha ?? 0)})`, definitions: [] };
    case 'prelu':
      // Keras starts the slopes at 0 unless told otherwise.
      return { layer: `layers.PReLU(alpha_initializer=keras.initializers.Constant(${pyFloat(params.alpha ?? 0)}))`, definitions: [] };
    case 'elu':
      return params.alpha === 1 ? fusedIdentifier(id) : { layer: `layers.ELU(alpha=${pyFloat(params.alpha ?? 1)})`, definitions: [] };
    case 'softplus': {
      const beta = params.beta ?? 1;
      if (beta === 1) return fusedIdentifier(id);
      return fusedFunction('softplus_beta', `Softplus with sharpness beta: softplus(${pyFloat(beta)} * x) / ${pyFloat(beta)}.`, `keras.ops.softplus(${pyFloat(beta)} * x) / ${pyFloat(beta)}`);
    }
    case 'swish':
      return swish(params);
    case 'gelu-tanh':
      return fusedFunction('gelu_tanh', 'GELU, tanh approximation (the "gelu" string is the exact form).', 'keras.activations.gelu(x, approximate=True)');
    case 'hard-sigmoid':
      return params.form === 1
        ? fusedFunction('hard_sigmoid_tfjs', "TF.js's hard sigmoid: clip(0.2 * x + 0.5, 0, 1) (Keras 3's is x / 6 + 1/2).", 'keras.ops.clip(0.2 * x + 0.5, 0.0, 1.0)')
        : fusedIdentifier(id);
    case 'sigmoid':
    case 'tanh':
    case 'relu':
    case 'selu':
    case 'softsign':
    case 'gelu':
    case 'mish':
    case 'relu6':
      return fusedIdentifier(id);
    default:
      throw new Error(`No Keras form for the activation "${id}".`);
  }
}
