/** Chapter 4: tanh from the sigmoid, a softmax that cannot overflow, and leaky ReLU as a maxout. */
import { getActivation, getScalarActivation } from '../activations/index.ts';
import { tf } from '../tfjs.ts';
import { callAnswer, describeKind, readNumbers, requireFunction } from './answer.ts';
import { evenlySpaced, firstMismatch, FLOAT32_TOLERANCE, isClose } from './compare.ts';
import type { ExerciseChecker } from './exercise.ts';
import { formatList, formatValue } from './format.ts';
import { NotYet, passed } from './not-yet.ts';

const GRID = evenlySpaced(-4, 4, 33);

export const tanhFromSigmoid: ExerciseChecker = {
  id: 'tanh-from-sigmoid',
  check(answer) {
    const build = requireFunction(answer, 'tanhFromSigmoid', '(x) that takes and returns a tensor');
    const got = tf.tidy(() => readNumbers(callAnswer(build, 'tanhFromSigmoid', [tf.tensor1d(GRID)], 'x'), 'tanhFromSigmoid(x)', GRID.length));
    const wrong = firstMismatch(got, GRID.map(Math.tanh), FLOAT32_TOLERANCE);
    if (wrong) {
      const x = GRID[wrong.index]!;
      const halfAngle = isClose(wrong.got, Math.tanh(x / 2), FLOAT32_TOLERANCE) ? ' That is tanh(x/2): the sigmoid’s input needs doubling too.' : '';
      throw new NotYet(`At x = ${formatValue(x)}, tanh is ${formatValue(wrong.expected)}, but yours gives ${formatValue(wrong.got)}.${halfAngle}`);
    }
    return passed(`tanhFromSigmoid(x) equals tanh x at ${GRID.length} points from −4 to 4.`);
  },
};

const softmaxEntry = getActivation('softmax');
const SOFTMAX_CASES: readonly number[][] = [
  [2, 1, 0.1], [0, 0, 0, 0], [1000, 1001, 1002], [-1000, -999, -1001], [5], [3, -2, 50, 0.5, -7],
];

function softmaxOf(scores: readonly number[]): number[] {
  if (softmaxEntry.kind !== 'vector') throw new Error('The catalog’s softmax should be a vector function.');
  return softmaxEntry.vectorValue(scores);
}

export const stableSoftmax: ExerciseChecker = {
  id: 'stable-softmax',
  check(answer) {
    const softmax = requireFunction(answer, 'softmax', '(scores) that takes and returns an array of numbers');
    for (const scores of SOFTMAX_CASES) {
      const args = formatList(scores);
      const got = tf.tidy(() => readNumbers(callAnswer(softmax, 'softmax', [[...scores]], args), `softmax(${args})`, scores.length));
      if (got.some((value) => !Number.isFinite(value))) {
        throw new NotYet(`softmax(${args}) returned ${formatList(got)}. e^1000 overflows to Infinity, and Infinity / Infinity is NaN; subtracting one number from every score first changes nothing in the result and keeps the exponentials small.`);
      }
      const wrong = firstMismatch(got, softmaxOf(scores), FLOAT32_TOLERANCE);
      if (wrong) {
        const total = got.reduce((sum, value) => sum + value, 0);
        const sumNote = isClose(total, 1, FLOAT32_TOLERANCE) ? '' : ` Your probabilities add up to ${formatValue(total)}, not 1.`;
        throw new NotYet(`softmax(${args})[${wrong.index}] should be ${formatValue(wrong.expected)}, but yours is ${formatValue(wrong.got)}.${sumNote}`);
      }
    }
    return passed(`softmax agrees with the catalog on ${SOFTMAX_CASES.length} score vectors, including [1000, 1001, 1002] and [−1000, −999, −1001], where the textbook formula overflows or underflows.`);
  },
};

const leaky = getScalarActivation('leaky-relu');
const MAXOUT_SLOPE = 0.1;

function readPieces(answer: unknown): [number, number][] {
  const pieces = answer as unknown[];
  const ok = Array.isArray(pieces) && pieces.length === 2 && pieces.every((piece) =>
    Array.isArray(piece) && piece.length === 2 && piece.every((value) => typeof value === 'number' && Number.isFinite(value)));
  if (!ok) throw new NotYet(`\`maxoutPieces\` should be two [slope, intercept] pairs, like [[1, 0], [0.5, 0]], but it is ${describeKind(answer)}.`);
  return pieces as [number, number][];
}

export const maxoutLeaky: ExerciseChecker = {
  id: 'maxout-leaky',
  check(answer) {
    const pieces = readPieces(answer);
    const maxout = (x: number): number => Math.max(...pieces.map(([slope, intercept]) => slope * x + intercept));
    const expected = GRID.map((x) => leaky.value(x, { alpha: MAXOUT_SLOPE }));
    const wrong = firstMismatch(GRID.map(maxout), expected, FLOAT32_TOLERANCE);
    if (wrong) {
      throw new NotYet(`At x = ${formatValue(GRID[wrong.index]!)} leaky ReLU with α = ${MAXOUT_SLOPE} gives ${formatValue(wrong.expected)}, but the larger of your two lines is ${formatValue(wrong.got)}.`);
    }
    return passed(`the larger of your two lines equals leaky ReLU with α = ${MAXOUT_SLOPE} at ${GRID.length} points from −4 to 4.`);
  },
};

export const FAMILY_EXERCISES: readonly ExerciseChecker[] = [tanhFromSigmoid, stableSoftmax, maxoutLeaky];
