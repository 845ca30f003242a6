/**
 * A catalog activation as a PyTorch module: torch.nn's own class where one computes exactly this
 * function (every argument written out, since PyTorch's defaults are not the other frameworks'),
 * otherwise a small nn.Module defined in the generated file.
 */
import { indent, pyFloat, type CodeDefinition } from './code-text.ts';

export interface PytorchActivation {
  /** The module that follows each hidden nn.Linear. */
  module: string;
  definitions: CodeDefinition[];
}

const builtin = (module: string): PytorchActivation => ({ module, definitions: [] });

function elementwiseModule(name: string, docstring: string, forward: string, args: string[] = []): CodeDefinition {
  const init = args.length === 0 ? [] : [
    `def __init__(self, ${args.join(', ')}):`,
    '    super().__init__()',
    ...args.map((arg) => `    self.${arg} = ${arg}`),
    '',
  ];
  const body = [`"""${docstring}"""`, '', ...init, 'def forward(self, x):', `    return ${forward}`];
  return { name, code: `class ${name}(nn.Module):\n${indent(body.join('\n'), 4)}` };
}

const STEP = elementwiseModule(
  'Step',
  '1 for x >= 0, else 0. Its gradient is zero, as on the page (torch.heaviside has no gradient at all).',
  '(x >= 0).to(x.dtype)',
);
const SCALED_IDENTITY = elementwiseModule('ScaledIdentity', 'f(x) = c * x.', 'self.c * x', ['c']);
const HARD_SIGMOID_TFJS = elementwiseModule(
  'HardSigmoidTfjs',
  "TF.js's hard sigmoid: clip(0.2 * x + 0.5, 0, 1) (nn.Hardsigmoid is x / 6 + 1/2).",
  'torch.clamp(0.2 * x + 0.5, 0.0, 1.0)',
);
const SWISH_BETA = elementwiseModule('SwishBeta', 'Swish with a fixed beta: x * sigmoid(beta * x).', 'x * torch.sigmoid(self.beta * x)', ['beta']);

const TRAINABLE_SWISH: CodeDefinition = {
  name: 'TrainableSwish',
  code: [
    'class TrainableSwish(nn.Module):',
    '    """Swish x * sigmoid(beta * x) whose beta is learned: one for the layer, or one per unit."""',
    '',
    '    def __init__(self, beta, units=1):',
    '        super().__init__()',
    '        self.beta = nn.Parameter(torch.full((units,), float(beta)))',
    '',
    '    def forward(self, x):',
    '        return x * torch.sigmoid(self.beta * x)',
  ].join('\n'),
};

function swish(params: Record<string, number>, width: number): PytorchActivation {
  const { beta = 1, trainable = 0, perUnit = 0 } = params;
  if (trainable === 1) {
    return { module: `TrainableSwish(beta=${pyFloat(beta)}, units=${perUnit === 1 ? width : 1})`, definitions: [TRAINABLE_SWISH] };
  }
  if (beta === 1) return builtin('nn.SiLU()');
  return { module: `SwishBeta(beta=${pyFloat(beta)})`, definitions: [SWISH_BETA] };
}

export function pytorchActivation(id: string, params: Record<string, number>, width: number): PytorchActivation {
  switch (id) {
    case 'step':
      return { module: 'Step()', definitions: [STEP] };
    case 'linear':
      return params.c === 1 ? builtin('nn.Identity()') : { module: `ScaledIdentity(c=${pyFloat(params.c ?? 1)})`, definitions: [SCALED_IDENTITY] };
    case 'sigmoid':
      return builtin('nn.Sigmoid()');
    case 'tanh':
      return builtin('nn.Tanh()');
    case 'relu':
      return builtin('nn.ReLU()');
    case 'leaky-relu':
      return builtin(`nn.LeakyReLU(negative_slope=${pyFloat(params.alpha ?? 0)})`);
    case 'prelu':
      // One slope per unit as in Keras and TF.js (PyTorch's default is one for the whole layer).
      return builtin(`nn.PReLU(num_parameters=${width}, init=${pyFloat(params.alpha ?? 0)})`);
    case 'elu':
      return builtin(`nn.ELU(alpha=${pyFloat(params.alpha ?? 1)})`);
    case 'selu':
      return builtin('nn.SELU()');
    case 'softplus':
      return builtin(`nn.Softplus(beta=${pyFloat(params.beta ?? 1)}, threshold=20.0)`);
    case 'softsign':
      return builtin('nn.Softsign()');
    case 'swish':
      return swish(params, width);
    case 'gelu':
      return builtin("nn.GELU(approximate='none')");
    case 'gelu-tanh':
      return builtin("nn.GELU(approximate='tanh')");
    case 'mish':
      return builtin('nn.Mish()');
    case 'hard-sigmoid':
      return params.form === 1 ? { module: 'HardSigmoidTfjs()', definitions: [HARD_SIGMOID_TFJS] } : builtin('nn.Hardsigmoid()');
    case 'relu6':
      return builtin('nn.ReLU6()');
    default:
      throw new Error(`No PyTorch form for the activation "${id}".`);
  }
}
