/** Chapter 9: porting PyTorch's leaky ReLU, and Keras 3's hard sigmoid written in TensorFlow.js. */
import { getScalarActivation } from '../activations/index.ts';
import { tf } from '../tfjs.ts';
import { callAnswer, describeKind, readNumbers, requireFunction } from './answer.ts';
import { evenlySpaced, firstMismatch, FLOAT32_TOLERANCE } from './compare.ts';
import type { ExerciseChecker } from './exercise.ts';
import { formatValue } from './format.ts';
import { NotYet, passed } from './not-yet.ts';

const GRID = evenlySpaced(-4, 4, 17);
const leaky = getScalarActivation('leaky-relu');
const PYTORCH_SLOPE = 0.01;

interface LayerLike {
  apply(input: tf.Tensor): unknown;
  getClassName(): string;
}

function requireLayer(answer: unknown): LayerLike {
  const layer = answer as Partial<LayerLike> | null;
  if (typeof layer?.apply === 'function' && typeof layer.getClassName === 'function') return layer as LayerLike;
  throw new NotYet(`\`portedLeaky\` should be a TensorFlow.js layer, made with one of the tf.layers functions, but it is ${describeKind(answer)}.`);
}

export const portLeakyRelu: ExerciseChecker = {
  id: 'port-leaky-relu',
  check(answer) {
    const layer = requireLayer(answer);
    const got = tf.tidy(() => readNumbers(callAnswer((x: tf.Tensor) => layer.apply(x), 'portedLeaky.apply', [tf.tensor2d(GRID, [GRID.length, 1])], 'x'), 'portedLeaky.apply(x)', GRID.length));
    const wrong = firstMismatch(got, GRID.map((x) => leaky.value(x, { alpha: PYTORCH_SLOPE })), FLOAT32_TOLERANCE);
    if (wrong) {
      const x = GRID[wrong.index]!;
      const slope = x < 0 ? ` Your layer’s negative slope is ${formatValue(wrong.got / x)}.` : '';
      throw new NotYet(`At x = ${formatValue(x)}, PyTorch’s nn.LeakyReLU() gives ${formatValue(wrong.expected)}, but your ${layer.getClassName()} layer gives ${formatValue(wrong.got)}.${slope}`);
    }
    return passed(`your ${layer.getClassName()} layer matches nn.LeakyReLU() with its default slope of ${PYTORCH_SLOPE} at ${GRID.length} points from −4 to 4.`);
  },
};

const hardSigmoid = getScalarActivation('hard-sigmoid');
const KERAS_3_FORM = 0;
const TFJS_FORM = 1;

export const kerasHardSigmoid: ExerciseChecker = {
  id: 'keras-hard-sigmoid',
  check(answer) {
    const build = requireFunction(answer, 'kerasHardSigmoid', '(x) that takes and returns a tensor');
    const got = tf.tidy(() => readNumbers(callAnswer(build, 'kerasHardSigmoid', [tf.tensor1d(GRID)], 'x'), 'kerasHardSigmoid(x)', GRID.length));
    const wrong = firstMismatch(got, GRID.map((x) => hardSigmoid.value(x, { form: KERAS_3_FORM })), FLOAT32_TOLERANCE);
    if (wrong) {
      const tfjsForm = firstMismatch(got, GRID.map((x) => hardSigmoid.value(x, { form: TFJS_FORM })), FLOAT32_TOLERANCE) ? '' : ' That is TensorFlow.js’s own hardSigmoid, the Keras 2 form with slope 0.2; Keras 3 uses slope 1/6.';
      throw new NotYet(`At x = ${formatValue(GRID[wrong.index]!)}, Keras 3’s hard_sigmoid gives ${formatValue(wrong.expected)}, but yours gives ${formatValue(wrong.got)}.${tfjsForm}`);
    }
    return passed(`kerasHardSigmoid(x) equals clip(x/6 + 1/2, 0, 1), Keras 3’s hard_sigmoid, at ${GRID.length} points from −4 to 4.`);
  },
};

export const FRAMEWORK_EXERCISES: readonly ExerciseChecker[] = [portLeakyRelu, kerasHardSigmoid];
