/** Chapter 2: how far the bias moves the boundary, and a rule written as weights and a bias. */
import { createRng } from '../rng.ts';
import { callAnswer, describeKind, readNumber, requireFunction } from './answer.ts';
import { FLOAT32_TOLERANCE, isClose } from './compare.ts';
import type { ExerciseChecker } from './exercise.ts';
import { formatList, formatValue } from './format.ts';
import { NotYet, passed } from './not-yet.ts';

const CASE_SEED = 202;
const CASE_COUNT = 10;

interface BoundaryCase {
  w: number[];
  b: number;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const length = (w: readonly number[]): number => Math.hypot(...w);

/** Two- and three-input boundaries; every other one has a negative bias. */
function boundaryCases(): BoundaryCase[] {
  const rng = createRng(CASE_SEED);
  return Array.from({ length: CASE_COUNT }, (_, i) => {
    const w = Array.from({ length: 2 + (i % 2) }, () => round2(rng.range(-3, 3)) || 1);
    const size = round2(rng.range(0.5, 4));
    return { w, b: i % 2 === 0 ? -size : size };
  });
}

function distanceMistake(got: number, { w, b }: BoundaryCase): string {
  if (isClose(got, b / length(w), FLOAT32_TOLERANCE)) return ' A distance is never negative: use the size of b, |b|.';
  if (isClose(got, Math.abs(b) / length(w) ** 2, FLOAT32_TOLERANCE)) return ' Divide by the length of w, not by its square.';
  if (isClose(got, Math.abs(b), FLOAT32_TOLERANCE)) return ' The bias alone is not the distance: divide it by the length of w.';
  return '';
}

export const boundaryDistance: ExerciseChecker = {
  id: 'boundary-distance',
  check(answer) {
    const distance = requireFunction(answer, 'distanceFromOrigin', '(w, b) that returns a number');
    const cases = boundaryCases();
    for (const item of cases) {
      const args = `${formatList(item.w)}, ${formatValue(item.b)}`;
      const got = readNumber(callAnswer(distance, 'distanceFromOrigin', [[...item.w], item.b], args), `distanceFromOrigin(${args})`);
      const expected = Math.abs(item.b) / length(item.w);
      if (!isClose(got, expected, FLOAT32_TOLERANCE)) {
        throw new NotYet(`distanceFromOrigin(${args}) returned ${formatValue(got)}, but that boundary passes ${formatValue(expected)} from the origin.${distanceMistake(got, item)}`);
      }
    }
    return passed(`distanceFromOrigin(w, b) gives |b| / ‖w‖ for ${cases.length} boundaries with two and three inputs and biases of both signs.`);
  },
};

/** The rule to encode: class 1 exactly when 2·x₁ − x₂ > 3. */
const ruleScore = (x1: number, x2: number): number => 2 * x1 - x2 - 3;
const NEAR_BOUNDARY = 0.01;

/** Whole-number points on [−4, 4]², and points just either side of the rule's boundary. */
function rulePoints(): [number, number][] {
  const points: [number, number][] = [];
  for (let x1 = -4; x1 <= 4; x1++) {
    for (let x2 = -4; x2 <= 4; x2++) if (ruleScore(x1, x2) !== 0) points.push([x1, x2]);
  }
  for (let x1 = -2; x1 <= 4; x1++) {
    const onBoundary = 2 * x1 - 3;
    points.push([x1, onBoundary - NEAR_BOUNDARY], [x1, onBoundary + NEAR_BOUNDARY]);
  }
  return points;
}

function readRule(answer: unknown): { w: [number, number]; b: number } {
  const rule = answer as { w?: unknown; b?: unknown } | null;
  const w = rule?.w;
  const okWeights = Array.isArray(w) && w.length === 2 && w.every((value) => typeof value === 'number' && Number.isFinite(value));
  if (!okWeights || typeof rule?.b !== 'number' || !Number.isFinite(rule.b)) {
    throw new NotYet(`\`rule\` should look like { w: [w1, w2], b: number }, but it is ${describeKind(answer)}${rule && typeof rule === 'object' ? ` with w ${describeKind(w)} and b ${describeKind(rule.b)}` : ''}.`);
  }
  return { w: w as [number, number], b: rule.b };
}

export const ruleAsNeuron: ExerciseChecker = {
  id: 'rule-as-neuron',
  check(answer) {
    const { w, b } = readRule(answer);
    const points = rulePoints();
    for (const [x1, x2] of points) {
      const wanted = ruleScore(x1, x2) > 0;
      const z = w[0] * x1 + w[1] * x2 + b;
      if (z > 0 !== wanted) {
        const says = wanted ? 'class 1 (2x₁ − x₂ is more than 3)' : 'not class 1 (2x₁ − x₂ is not more than 3)';
        throw new NotYet(`At (x₁, x₂) = (${formatValue(x1)}, ${formatValue(x2)}) the rule says ${says}, but your neuron gives z = w·x + b = ${formatValue(z)}${z > 0 ? ', above 0' : ', not above 0'}.`);
      }
    }
    return passed(`with w = ${formatList(w)} and b = ${formatValue(b)}, z is above 0 exactly where 2x₁ − x₂ > 3, on ${points.length} test points, some of them 0.01 from the boundary.`);
  },
};

export const BIAS_EXERCISES: readonly ExerciseChecker[] = [boundaryDistance, ruleAsNeuron];
