/** Chapter 7: projecting coefficients onto the affine constraint, and logits that make a leaky ReLU. */
import { getScalarActivation } from '../activations/index.ts';
import { createRng } from '../rng.ts';
import { tf } from '../tfjs.ts';
import { callAnswer, describeKind, readNumbers, requireFunction } from './answer.ts';
import { evenlySpaced, firstMismatch, FLOAT32_TOLERANCE, isClose } from './compare.ts';
import type { ExerciseChecker } from './exercise.ts';
import { formatList, formatValue } from './format.ts';
import { NotYet, passed } from './not-yet.ts';

const PROJECTION_SEED = 707;
const PROJECTION_CASES = 8;

function coefficientCases(): number[][] {
  const rng = createRng(PROJECTION_SEED);
  return Array.from({ length: PROJECTION_CASES }, (_, i) =>
    Array.from({ length: 2 + (i % 4) }, () => Math.round(rng.range(-1, 2) * 100) / 100));
}

export const affineProjection: ExerciseChecker = {
  id: 'affine-projection',
  check(answer) {
    const project = requireFunction(answer, 'projectToAffine', '(c) that takes and returns an array of numbers');
    for (const c of coefficientCases()) {
      const args = formatList(c);
      const got = tf.tidy(() => readNumbers(callAnswer(project, 'projectToAffine', [[...c]], args), `projectToAffine(${args})`, c.length));
      const total = got.reduce((sum, value) => sum + value, 0);
      if (!isClose(total, 1, FLOAT32_TOLERANCE)) {
        throw new NotYet(`projectToAffine(${args}) returned ${formatList(got)}, which adds up to ${formatValue(total)}, not 1.`);
      }
      const shifts = c.map((value, i) => value - got[i]!);
      if (shifts.some((shift) => !isClose(shift, shifts[0]!, FLOAT32_TOLERANCE))) {
        throw new NotYet(`projectToAffine(${args}) returned ${formatList(got)}: it sums to 1, but it moved the coefficients by different amounts, ${formatList(shifts)}. The nearest point with sum 1 moves every coefficient by the same amount.`);
      }
    }
    return passed(`projectToAffine moves every coefficient by the same amount and lands on sum 1, for ${PROJECTION_CASES} vectors of two to five coefficients.`);
  },
};

const leaky = getScalarActivation('leaky-relu');
const WANTED_SLOPE = 0.1;
const GRID = evenlySpaced(-3, 3, 25);

function readLogits(answer: unknown): [number, number] {
  const ok = Array.isArray(answer) && answer.length === 2 && answer.every((value) => typeof value === 'number' && Number.isFinite(value));
  if (!ok) throw new NotYet(`\`slopeLogits\` should be two numbers, [identity logit, ReLU logit], but it is ${describeKind(answer)}.`);
  return answer as [number, number];
}

export const convexSlope: ExerciseChecker = {
  id: 'convex-slope',
  check(answer) {
    const logits = readLogits(answer);
    const largest = Math.max(...logits);
    const weights = logits.map((logit) => Math.exp(logit - largest));
    const [cIdentity, cRelu] = weights.map((weight) => weight / (weights[0]! + weights[1]!)) as [number, number];
    const mix = GRID.map((x) => cIdentity * x + cRelu * Math.max(0, x));
    const wrong = firstMismatch(mix, GRID.map((x) => leaky.value(x, { alpha: WANTED_SLOPE })), FLOAT32_TOLERANCE);
    if (wrong) {
      const asCoefficients = isClose(logits[0], WANTED_SLOPE, FLOAT32_TOLERANCE) ? ' These look like the coefficients themselves; the layer passes its logits through softmax first.' : '';
      throw new NotYet(`Softmax turns ${formatList(logits)} into c = ${formatList([cIdentity, cRelu])}, a leaky ReLU with slope ${formatValue(cIdentity)} on the left, not ${WANTED_SLOPE}: at x = ${formatValue(GRID[wrong.index]!)} the mix gives ${formatValue(wrong.got)} instead of ${formatValue(wrong.expected)}.${asCoefficients}`);
    }
    return passed(`softmax turns ${formatList(logits)} into c = ${formatList([cIdentity, cRelu])}, and the mix equals leaky ReLU with α = ${WANTED_SLOPE} at ${GRID.length} points.`);
  },
};

export const LEARNED_EXERCISES: readonly ExerciseChecker[] = [affineProjection, convexSlope];
