/**
 * The words and numbers of the neuron widget, for lab's one-unit weights: z and a for the reader's
 * point, how well the line fits, and what the plane's colours and line say (its caption and label).
 */
import { correctByUnit, stepUnitOutput, weightedSumOf, type Dataset, type UnitWeights } from '../../../lab/index';
import { formatFactor, formatFixed, formatPercent, formatTerm } from '../../ui/text/number-format';
import { PLANE_HALF_WIDTH } from './neuron-config';

export interface PointReadout {
  z: number;
  a: number;
  lines: string[];
}

/** The neuron's class for a point is the step of z: 1 on the side where z ≥ 0, where every choice of f is high. */
export function describePoint(
  unit: UnitWeights,
  point: readonly [number, number],
  activationName: string,
  activation: (z: number) => number,
): PointReadout {
  const z = weightedSumOf(unit, point);
  const a = activation(z);
  const [[w1 = 0, w2 = 0], [x1, x2]] = [unit.weights, point];
  const products = `${formatFactor(w1)}·${formatFactor(x1)} + ${formatFactor(w2)}·${formatFactor(x2)} ${formatTerm(unit.bias)}`;
  const side = stepUnitOutput(unit, point) === 1 ? 'z ≥ 0: class 1 side' : 'z < 0: class 0 side';
  return {
    z,
    a,
    lines: [
      'z = w₁x₁ + w₂x₂ + b',
      `  = ${products}`,
      `  = ${formatFixed(z, 3)}   (${side})`,
      `a = ${activationName}(${formatFixed(z, 3)}) = ${formatFixed(a, 3)}`,
    ],
  };
}

/** How many of all the data set's points (train and test) lie on their own class's side. */
export function describeFit(unit: UnitWeights, { train, test }: Dataset): string {
  const correct = correctByUnit(unit, train) + correctByUnit(unit, test);
  const total = train.xs.length + test.xs.length;
  const share = total > 0 ? formatPercent(correct / total) : '0%';
  return `These weights put ${correct} of the ${total} points on their own class’s side of the line (${share}).`;
}

/** The plane's visible caption: what the colours mean and where the line is, with the current numbers. */
export function describePlane({ weights: [w1 = 0, w2 = 0], bias }: UnitWeights, activationName: string): string {
  return `The output a = ${activationName}(z) over the plane: blue where a is high, orange where it is low. Dashed line: ${formatFixed(w1)}·x₁ ${formatTerm(w2)}·x₂ ${formatTerm(bias)} = 0.`;
}

/** The plane's own label: the caption plus what a sighted reader sees in the points. */
export function planeAriaLabel(caption: string, fitText: string): string {
  const [lo, hi] = [-PLANE_HALF_WIDTH, PLANE_HALF_WIDTH].map((x) => formatFixed(x, 0));
  return `${caption} Both axes run from ${lo} to ${hi}. Class 0 points are orange circles, class 1 points blue triangles. ${fitText}`;
}
