/** Chapter 3: merging two linear layers, a hat built from ReLU ramps, and the chain rule by hand. */
import { logistic } from '../activations/index.ts';
import { createRng } from '../rng.ts';
import { tf } from '../tfjs.ts';
import { callAnswer, describeKind, isTensor, readNumber, readNumbers, requireFunction } from './answer.ts';
import { evenlySpaced, firstMismatch, FLOAT32_TOLERANCE, isClose, type Tolerance } from './compare.ts';
import type { ExerciseChecker } from './exercise.ts';
import { formatValue } from './format.ts';
import { NotYet, passed } from './not-yet.ts';

const round2 = (value: number): number => Math.round(value * 100) / 100;

// ---- Merging two linear layers ----

const MERGE_SEED = 303;
const [INPUTS, HIDDEN, OUTPUTS] = [3, 4, 2] as const;

type Matrix = number[][];

function randomMatrix(rows: number, columns: number, rng: ReturnType<typeof createRng>): Matrix {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => round2(rng.range(-1.5, 1.5))));
}

/** Row vector times matrix, in double precision. */
function vectorTimes(vector: readonly number[], matrix: Matrix): number[] {
  return matrix[0]!.map((_, j) => vector.reduce((sum, value, i) => sum + value * matrix[i]![j]!, 0));
}

function mergeCase(): { W1: Matrix; b1: number[]; W2: Matrix; b2: number[] } {
  const rng = createRng(MERGE_SEED);
  const W1 = randomMatrix(INPUTS, HIDDEN, rng);
  const b1 = randomMatrix(1, HIDDEN, rng)[0]!;
  const W2 = randomMatrix(HIDDEN, OUTPUTS, rng);
  const b2 = randomMatrix(1, OUTPUTS, rng)[0]!;
  return { W1, b1, W2, b2 };
}

function readMerged(result: unknown): { W: number[]; b: number[] } {
  const merged = result as { W?: unknown; b?: unknown } | null;
  if (!merged || typeof merged !== 'object' || !('W' in merged) || !('b' in merged)) {
    throw new NotYet(`mergeLinear should return an object { W, b }, but it returned ${describeKind(result)}.`);
  }
  if (isTensor(merged.W) && merged.W.shape.join() !== `${INPUTS},${OUTPUTS}`) {
    throw new NotYet(`W should have shape [${INPUTS}, ${OUTPUTS}] (${INPUTS} inputs to ${OUTPUTS} outputs), but yours has shape [${merged.W.shape.join(', ')}].`);
  }
  return { W: readNumbers(merged.W, 'W', INPUTS * OUTPUTS), b: readNumbers(merged.b, 'b', OUTPUTS) };
}

function biasMistake(got: readonly number[], b1W2: readonly number[], b2: readonly number[]): string {
  if (!firstMismatch(got, b2, FLOAT32_TOLERANCE)) return ' That is b2 alone: the first layer’s bias also passes through W2, so add b1·W2.';
  if (!firstMismatch(got, b1W2, FLOAT32_TOLERANCE)) return ' That is b1·W2 alone: add b2.';
  return '';
}

export const mergeLinearLayers: ExerciseChecker = {
  id: 'merge-linear-layers',
  check(answer) {
    const merge = requireFunction(answer, 'mergeLinear', '(W1, b1, W2, b2) that returns { W, b }');
    const { W1, b1, W2, b2 } = mergeCase();
    const got = tf.tidy(() => readMerged(callAnswer(merge, 'mergeLinear',
      [tf.tensor2d(W1), tf.tensor1d(b1), tf.tensor2d(W2), tf.tensor1d(b2)], 'W1, b1, W2, b2')));
    const expectedW = W1.flatMap((row) => vectorTimes(row, W2));
    const wrongW = firstMismatch(got.W, expectedW, FLOAT32_TOLERANCE);
    if (wrongW) {
      const [row, column] = [Math.floor(wrongW.index / OUTPUTS), wrongW.index % OUTPUTS];
      throw new NotYet(`W[${row}][${column}] should be ${formatValue(wrongW.expected)} (row ${row} of W1 times column ${column} of W2), but yours is ${formatValue(wrongW.got)}.`);
    }
    const b1W2 = vectorTimes(b1, W2);
    const expectedB = b1W2.map((value, j) => value + b2[j]!);
    const wrongB = firstMismatch(got.b, expectedB, FLOAT32_TOLERANCE);
    if (wrongB) {
      throw new NotYet(`b[${wrongB.index}] should be ${formatValue(wrongB.expected)}, but yours is ${formatValue(wrongB.got)}.${biasMistake(got.b, b1W2, b2)}`);
    }
    return passed(`for a ${INPUTS} → ${HIDDEN} → ${OUTPUTS} stack, W = W1·W2 and b = b1·W2 + b2, so x·W + b reproduces both layers.`);
  },
};

// ---- A hat from ReLU ramps ----

const HAT_POINTS = evenlySpaced(-3, 3, 25);
const hatValue = (x: number): number => Math.max(0, 1 - Math.abs(x));

export const hatFromRelus: ExerciseChecker = {
  id: 'hat-from-relus',
  check(answer) {
    const hat = requireFunction(answer, 'hat', '(x) that takes and returns a tensor');
    const got = tf.tidy(() => readNumbers(callAnswer(hat, 'hat', [tf.tensor1d(HAT_POINTS)], 'x'), 'hat(x)', HAT_POINTS.length));
    const wrong = firstMismatch(got, HAT_POINTS.map(hatValue), FLOAT32_TOLERANCE);
    if (wrong) {
      throw new NotYet(`At x = ${formatValue(HAT_POINTS[wrong.index]!)} the hat is ${formatValue(wrong.expected)}, but hat(x) gives ${formatValue(wrong.got)}.`);
    }
    return passed(`hat(x) equals max(0, 1 − |x|) at ${HAT_POINTS.length} points from −3 to 3, corners included.`);
  },
};

// ---- The chain rule for two units ----

const CHAIN_SEED = 304;
const CHAIN_CASES = 8;
const FINITE_STEP = 1e-5;
const CHAIN_TOLERANCE: Tolerance = { absolute: 1e-6, relative: 1e-5 };

const chainOutput = (w1: number, w2: number, x: number): number => Math.tanh(w2 * logistic(w1 * x));

interface ChainFactors {
  tanhSlope: number;
  w2: number;
  sigmoidSlope: number;
  x: number;
}

function chainFactors(w1: number, w2: number, x: number): ChainFactors {
  const a1 = logistic(w1 * x);
  const a2 = Math.tanh(w2 * a1);
  return { tanhSlope: 1 - a2 * a2, w2, sigmoidSlope: a1 * (1 - a1), x };
}

const FACTOR_NAMES: Record<keyof ChainFactors, string> = {
  tanhSlope: 'the tanh slope tanh′(w₂a₁)', w2: 'the weight w₂', sigmoidSlope: 'the sigmoid slope σ′(w₁x)', x: 'the input x',
};

/** Names the chain-rule factor the answer seems to leave out. */
function missingFactor(got: number, factors: ChainFactors): string {
  const all = Object.values(factors).reduce((product, value) => product * value, 1);
  for (const [name, value] of Object.entries(factors) as [keyof ChainFactors, number][]) {
    if (value !== 0 && isClose(got, all / value, CHAIN_TOLERANCE)) return ` It looks as if ${FACTOR_NAMES[name]} is missing from your product.`;
  }
  return '';
}

export const chainRule: ExerciseChecker = {
  id: 'chain-rule',
  check(answer) {
    const gradW1 = requireFunction(answer, 'gradW1', '(w1, w2, x) that returns a number');
    const rng = createRng(CHAIN_SEED);
    for (let i = 0; i < CHAIN_CASES; i++) {
      const [w1, w2, x] = [round2(rng.range(-2, 2)), round2(rng.range(-2, 2)) || 1, round2(rng.range(-2, 2)) || 0.5];
      const args = `${formatValue(w1)}, ${formatValue(w2)}, ${formatValue(x)}`;
      const got = readNumber(callAnswer(gradW1, 'gradW1', [w1, w2, x], args), `gradW1(${args})`);
      const expected = (chainOutput(w1 + FINITE_STEP, w2, x) - chainOutput(w1 - FINITE_STEP, w2, x)) / (2 * FINITE_STEP);
      if (!isClose(got, expected, CHAIN_TOLERANCE)) {
        throw new NotYet(`gradW1(${args}) returned ${formatValue(got)}, but nudging w₁ shows the slope is ${formatValue(expected)} there.${missingFactor(got, chainFactors(w1, w2, x))}`);
      }
    }
    return passed(`gradW1 matches a finite-difference slope of tanh(w₂·σ(w₁x)) at ${CHAIN_CASES} random settings of w₁, w₂ and x.`);
  },
};

export const KINDS_EXERCISES: readonly ExerciseChecker[] = [mergeLinearLayers, hatFromRelus, chainRule];
