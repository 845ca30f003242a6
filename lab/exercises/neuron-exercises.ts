/** Chapter 1: one neuron's output, and the bias that puts a point on its boundary. */
import { getScalarActivation } from '../activations/index.ts';
import { createRng } from '../rng.ts';
import { callAnswer, readNumber, requireFunction, requireNumber } from './answer.ts';
import { FLOAT32_TOLERANCE, isClose } from './compare.ts';
import type { ExerciseChecker } from './exercise.ts';
import { formatList, formatValue } from './format.ts';
import { NotYet, passed } from './not-yet.ts';

const sigmoid = getScalarActivation('sigmoid');
const CASE_SEED = 101;
const CASE_COUNT = 12;
const MAX_INPUTS = 4;

interface NeuronCase {
  x: number[];
  w: number[];
  b: number;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Seeded neurons with one to four inputs; the first has all-zero inputs, so only its bias speaks. */
function neuronCases(): NeuronCase[] {
  const rng = createRng(CASE_SEED);
  const cases = Array.from({ length: CASE_COUNT }, (_, i) => {
    const n = 1 + (i % MAX_INPUTS);
    return {
      x: Array.from({ length: n }, () => round2(rng.range(-2, 2))),
      w: Array.from({ length: n }, () => round2(rng.range(-2, 2))),
      b: round2(rng.range(-1.5, 1.5)) || 0.5,
    };
  });
  cases[0] = { x: [0, 0], w: [0.7, -1.3], b: 1.2 };
  return cases;
}

const weightedSum = ({ x, w, b }: NeuronCase): number => x.reduce((sum, xi, i) => sum + w[i]! * xi, b);

function likelyMistake(got: number, neuron: NeuronCase): string {
  const z = weightedSum(neuron);
  if (isClose(got, z, FLOAT32_TOLERANCE)) return ' That is z itself: pass it through the sigmoid.';
  if (isClose(got, sigmoid.value(z - neuron.b), FLOAT32_TOLERANCE)) return ' That is σ(w·x) without the bias: add b before the sigmoid.';
  return '';
}

export const neuronOutput: ExerciseChecker = {
  id: 'neuron-output',
  check(answer) {
    const neuron = requireFunction(answer, 'neuron', '(x, w, b) that returns the output a');
    const cases = neuronCases();
    for (const item of cases) {
      const args = `${formatList(item.x)}, ${formatList(item.w)}, ${formatValue(item.b)}`;
      const got = readNumber(callAnswer(neuron, 'neuron', [[...item.x], [...item.w], item.b], args), `neuron(${args})`);
      const z = weightedSum(item);
      const expected = sigmoid.value(z);
      if (!isClose(got, expected, FLOAT32_TOLERANCE)) {
        throw new NotYet(`neuron(${args}) returned ${formatValue(got)}, but there z = ${formatValue(z)} and σ(z) = ${formatValue(expected)}.${likelyMistake(got, item)}`);
      }
    }
    return passed(`neuron(x, w, b) equals σ(w·x + b) for ${cases.length} neurons with one to ${MAX_INPUTS} inputs, including one whose inputs are all zero.`);
  },
};

const LINE_WEIGHTS = [0.8, -0.5] as const;
const LINE_POINT = [2, 1] as const;
const ON_THE_LINE = 1e-6;

export const biasOnTheLine: ExerciseChecker = {
  id: 'bias-on-the-line',
  check(answer) {
    const b = requireNumber(answer, 'boundaryBias');
    const z = LINE_WEIGHTS[0] * LINE_POINT[0] + LINE_WEIGHTS[1] * LINE_POINT[1] + b;
    if (Math.abs(z) > ON_THE_LINE) {
      const side = z > 0 ? 'above' : 'below';
      throw new NotYet(`With b = ${formatValue(b)} the point (2, 1) gets z = ${formatValue(z)}, so the sigmoid gives ${formatValue(sigmoid.value(z))}, ${side} one half. On the boundary z is exactly 0.`);
    }
    return passed(`with b = ${formatValue(b)} the point (2, 1) has z = 0: it lies on the neuron's line, and the sigmoid gives exactly 0.5 there.`);
  },
};

export const NEURON_EXERCISES: readonly ExerciseChecker[] = [neuronOutput, biasOnTheLine];
