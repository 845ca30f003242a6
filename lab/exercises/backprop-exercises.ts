/** Chapter 5: ELU's derivative, one step of backpropagation, and where the gradient is smallest. */
import { getScalarActivation } from '../activations/index.ts';
import { initialGradientNorms, VANISHING_PRESET } from '../analysis/index.ts';
import { createRng } from '../rng.ts';
import { tf } from '../tfjs.ts';
import type { InitializerId } from '../types.ts';
import { callAnswer, describeKind, isTensor, readNumber, readNumbers, requireFunction } from './answer.ts';
import { evenlySpaced, firstMismatch, FLOAT32_TOLERANCE, isClose, type Tolerance } from './compare.ts';
import type { ExerciseChecker } from './exercise.ts';
import { formatValue } from './format.ts';
import { NotYet, passed } from './not-yet.ts';

// ---- ELU's derivative ----

const elu = getScalarActivation('elu');
const ELU_ALPHAS = [1, 0.5, 2.5] as const;
/** Whole and half numbers from −4 to 3, leaving out the corner at 0. */
const ELU_POINTS = evenlySpaced(-4, 3, 15).filter((x) => x !== 0);
const EXACT: Tolerance = { absolute: 1e-7, relative: 1e-6 };

export const eluDerivative: ExerciseChecker = {
  id: 'elu-derivative',
  check(answer) {
    const derivative = requireFunction(answer, 'eluDerivative', '(x, alpha) that returns a number');
    for (const alpha of ELU_ALPHAS) {
      for (const x of ELU_POINTS) {
        const args = `${formatValue(x)}, ${formatValue(alpha)}`;
        const got = readNumber(callAnswer(derivative, 'eluDerivative', [x, alpha], args), `eluDerivative(${args})`);
        const expected = elu.derivative(x, { alpha });
        if (!isClose(got, expected, EXACT)) {
          const ignoresAlpha = x < 0 && isClose(got, Math.exp(x), EXACT) ? ' That is eˣ: the slope on the left is α times that.' : '';
          throw new NotYet(`With α = ${formatValue(alpha)}, ELU’s slope at x = ${formatValue(x)} is ${formatValue(expected)}, but eluDerivative(${args}) returned ${formatValue(got)}.${ignoresAlpha}`);
        }
      }
    }
    return passed(`eluDerivative agrees with the catalog’s ELU derivative at ${ELU_POINTS.length} points on each side of 0 for α = ${ELU_ALPHAS.join(', ')}.`);
  },
};

// ---- The error at the hidden layer ----

const HIDDEN_SEED = 505;
const HIDDEN_UNITS = 3;

/** A 2 → 3 (tanh) → 1 network, one example, squared error; returns its z¹, W², δ² and the autodiff δ¹. */
function hiddenErrorCase(seed: number): { z1: number[]; W2: number[][]; delta2: number; delta1: number[] } {
  const rng = createRng(seed);
  const z1 = Array.from({ length: HIDDEN_UNITS }, () => Math.round(rng.range(-2, 2) * 100) / 100);
  const W2 = Array.from({ length: HIDDEN_UNITS }, () => [Math.round(rng.range(-1.5, 1.5) * 100) / 100]);
  const [b2, y] = [0.1, 1];
  return tf.tidy(() => {
    const loss = (z: tf.Tensor): tf.Scalar => tf.tanh(z).matMul(tf.tensor2d(W2)).add(b2).sub(y).square().mul(0.5).sum() as tf.Scalar;
    const z = tf.tensor2d([z1]);
    const delta2 = tf.tanh(z).matMul(tf.tensor2d(W2)).add(b2).sub(y).dataSync()[0]!;
    return { z1, W2, delta2, delta1: Array.from(tf.grad(loss)(z).dataSync()) };
  });
}

function hiddenMistake(got: readonly number[], delta2: number, W2: number[][], z1: readonly number[]): string {
  const withoutSlope = W2.map(([w]) => delta2 * w!);
  if (!firstMismatch(got, withoutSlope, FLOAT32_TOLERANCE)) return ' That is δ²·W²ᵀ alone: multiply it, element by element, by the tanh slope 1 − tanh²(z¹).';
  const wrongSlope = withoutSlope.map((value, j) => value * (1 - Math.tanh(z1[j]!)));
  if (!firstMismatch(got, wrongSlope, FLOAT32_TOLERANCE)) return ' The tanh slope is 1 − tanh²(z), with the tanh squared.';
  return '';
}

export const hiddenError: ExerciseChecker = {
  id: 'hidden-error',
  check(answer) {
    const hidden = requireFunction(answer, 'hiddenError', '(delta2, W2, z1) that returns a tensor of shape [1, 3]');
    for (const seed of [HIDDEN_SEED, HIDDEN_SEED + 1]) {
      const { z1, W2, delta2, delta1 } = hiddenErrorCase(seed);
      const got = tf.tidy(() => {
        const result = callAnswer(hidden, 'hiddenError', [tf.tensor2d([[delta2]]), tf.tensor2d(W2), tf.tensor2d([z1])], 'delta2, W2, z1');
        if (isTensor(result) && result.shape.join() !== `1,${HIDDEN_UNITS}`) {
          throw new NotYet(`hiddenError should return shape [1, ${HIDDEN_UNITS}], one error per hidden unit, but yours has shape [${result.shape.join(', ')}]. Is W2 transposed?`);
        }
        return readNumbers(result, 'hiddenError(delta2, W2, z1)', HIDDEN_UNITS);
      });
      const wrong = firstMismatch(got, delta1, FLOAT32_TOLERANCE);
      if (wrong) {
        throw new NotYet(`For unit ${wrong.index} automatic differentiation gives δ¹ = ${formatValue(wrong.expected)}, but yours is ${formatValue(wrong.got)}.${hiddenMistake(got, delta2, W2, z1)}`);
      }
    }
    return passed('hiddenError matches ∂L/∂z¹ from tf.grad for two random networks: δ¹ = (δ²·W²ᵀ) ⊙ tanh′(z¹).');
  },
};

// ---- Which layer gets the smallest gradient ----

const PREDICTIONS = [
  { key: 'sigmoid', activation: 'sigmoid', initializer: 'glorot', label: 'sigmoid with Glorot' },
  { key: 'relu', activation: 'relu', initializer: 'he', label: 'ReLU with He' },
] as const satisfies readonly { key: string; activation: string; initializer: InitializerId; label: string }[];


function readPrediction(answer: unknown): Record<'sigmoid' | 'relu', number> {
  const prediction = answer as Record<string, unknown> | null;
  const valid = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= VANISHING_PRESET.depth;
  if (!prediction || typeof prediction !== 'object' || !valid(prediction.sigmoid) || !valid(prediction.relu)) {
    throw new NotYet(`\`prediction\` should be { sigmoid: layer, relu: layer } with whole numbers from 1 (first hidden layer) to ${VANISHING_PRESET.depth} (last), but it is ${describeKind(answer)}.`);
  }
  return prediction as Record<'sigmoid' | 'relu', number>;
}

export const smallestGradient: ExerciseChecker = {
  id: 'smallest-gradient',
  async check(answer) {
    const prediction = readPrediction(answer);
    const found: string[] = [];
    for (const { key, activation, initializer, label } of PREDICTIONS) {
      const norms = await initialGradientNorms(activation, initializer);
      const smallest = norms.indexOf(Math.min(...norms)) + 1;
      const guess = prediction[key];
      if (guess !== smallest) {
        throw new NotYet(`For ${label}, layer ${guess}’s gradient is ${formatValue(norms[guess - 1]!)}, but layer ${smallest}’s is smaller: ${formatValue(norms[smallest - 1]!)}.`);
      }
      found.push(`${label}: layer ${smallest} (${formatValue(norms[smallest - 1]!)})`);
    }
    return passed(`the smallest gradients at initialisation are ${found.join('; ')}.`);
  },
};

export const BACKPROP_EXERCISES: readonly ExerciseChecker[] = [eluDerivative, hiddenError, smallestGradient];
