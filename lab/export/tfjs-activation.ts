/**
 * A catalog activation in TensorFlow.js: the activation string when tfjs computes exactly this
 * function (the catalog's tfjsBuiltin), tfjs's leakyReLU or prelu layer with every argument written
 * out, or a small layer class defined in the generated file for the rest.
 */
import { getActivation } from '../activations/catalog.ts';
import { jsNumber, type CodeDefinition } from './code-text.ts';

export interface TfjsActivation {
  /** The dense layer's activation string, when tfjs fuses it into the layer. */
  fused?: string;
  /** A layer that follows a linear dense layer, when it is not. */
  layer?: string;
  definitions: CodeDefinition[];
}

/** Class names of the layers the generated program defines; the exported model.json names them too. */
export const TFJS_LAYER_CLASSES = { elementwise: 'Elementwise', trainableSwish: 'TrainableSwish' } as const;

const ELEMENTWISE: CodeDefinition = {
  name: TFJS_LAYER_CLASSES.elementwise,
  code: [
    '/**',
    ' * An activation tf.layers has no string for: a layer that applies hiddenActivation to every element.',
    ' * Registered, so tf.loadLayersModel can read a model.json that names it.',
    ' */',
    `class ${TFJS_LAYER_CLASSES.elementwise} extends tf.layers.Layer {`,
    `  static className = '${TFJS_LAYER_CLASSES.elementwise}';`,
    '  call(inputs) {',
    '    return tf.tidy(() => hiddenActivation(Array.isArray(inputs) ? inputs[0] : inputs));',
    '  }',
    '}',
    `tf.serialization.registerClass(${TFJS_LAYER_CLASSES.elementwise});`,
  ].join('\n'),
};

const TRAINABLE_SWISH: CodeDefinition = {
  name: TFJS_LAYER_CLASSES.trainableSwish,
  code: [
    '/** Swish x·σ(βx) whose β is learned: one for the layer, or one per unit. Registered, so tf.loadLayersModel can read it. */',
    `class ${TFJS_LAYER_CLASSES.trainableSwish} extends tf.layers.Layer {`,
    `  static className = '${TFJS_LAYER_CLASSES.trainableSwish}';`,
    '  constructor({ beta, perUnit, ...config }) {',
    '    super(config);',
    '    this.initialBeta = beta;',
    '    this.perUnit = perUnit;',
    '  }',
    '  build(inputShape) {',
    '    const shape = this.perUnit ? [inputShape[inputShape.length - 1]] : [1];',
    "    this.beta = this.addWeight('beta', shape, 'float32', tf.initializers.constant({ value: this.initialBeta }));",
    '    this.built = true;',
    '  }',
    '  call(inputs) {',
    '    return tf.tidy(() => {',
    '      const x = Array.isArray(inputs) ? inputs[0] : inputs;',
    '      return tf.mul(x, tf.sigmoid(tf.mul(this.beta.read(), x)));',
    '    });',
    '  }',
    '  getConfig() {',
    '    return { ...super.getConfig(), beta: this.initialBeta, perUnit: this.perUnit };',
    '  }',
    '}',
    `tf.serialization.registerClass(${TFJS_LAYER_CLASSES.trainableSwish});`,
  ].join('\n'),
};

const elementwise = (fn: string): TfjsActivation => ({
  layer: `new ${TFJS_LAYER_CLASSES.elementwise}()`,
  definitions: [{ name: 'hiddenActivation', code: `/** The hidden activation, written with tfjs ops. */\nconst hiddenActivation = ${fn};` }, ELEMENTWISE],
});

/** The function as tfjs ops, for the entries tfjs has no string for at these parameters. */
function elementwiseFunction(id: string, params: Record<string, number>): string {
  switch (id) {
    case 'step':
      // tf.step is 1 only for x > 0; mirroring it gives 1 for x >= 0, with a zero gradient.
      return '(x) => tf.sub(1, tf.step(tf.neg(x)))';
    case 'linear':
      return `(x) => tf.mul(x, ${jsNumber(params.c ?? 1)})`;
    case 'elu':
      // tf.elu and tf.layers.elu support only alpha = 1.
      return `(x) => tf.add(tf.relu(x), tf.mul(${jsNumber(params.alpha ?? 1)}, tf.sub(tf.exp(tf.minimum(x, 0)), 1)))`;
    case 'softplus':
      return `(x) => tf.div(tf.softplus(tf.mul(x, ${jsNumber(params.beta ?? 1)})), ${jsNumber(params.beta ?? 1)})`;
    case 'swish':
      return `(x) => tf.mul(x, tf.sigmoid(tf.mul(x, ${jsNumber(params.beta ?? 1)})))`;
    case 'hard-sigmoid':
      // The string 'hardSigmoid' is 0.2x + 1/2; this is Keras 3's and PyTorch's x/6 + 1/2.
      return '(x) => tf.clipByValue(tf.add(tf.mul(x, 1 / 6), 0.5), 0, 1)';
    default:
      throw new Error(`No TensorFlow.js form for the activation "${id}" with these parameters.`);
  }
}

export function tfjsActivation(id: string, params: Record<string, number>): TfjsActivation {
  if (id === 'leaky-relu') return { layer: `tf.layers.leakyReLU({ alpha: ${jsNumber(params.alpha ?? 0)} })`, definitions: [] };
  if (id === 'prelu') {
    return { layer: `tf.layers.prelu({ alphaInitializer: tf.initializers.constant({ value: ${jsNumber(params.alpha ?? 0)} }) })`, definitions: [] };
  }
  if (id === 'swish' && params.trainable === 1) {
    return { layer: `new TrainableSwish({ beta: ${jsNumber(params.beta ?? 1)}, perUnit: ${params.perUnit === 1} })`, definitions: [TRAINABLE_SWISH] };
  }
  const fused = getActivation(id).tfjsBuiltin(params);
  if (fused !== undefined) return { fused: `'${fused}'`, definitions: [] };
  return elementwise(elementwiseFunction(id, params));
}
