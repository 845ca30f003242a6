/** The words and numbers beside the plane: z and a for the reader's point, and how well the line fits. */
import type { Dataset } from '../../../lab/index';
import { formatFactor, formatFixed, formatPercent, formatTerm } from '../../ui/text/number-format';
import { weightedSum, type NeuronParams, predictedClass } from './neuron-math';

export interface PointReadout {
  z: number;
  a: number;
  lines: string[];
}

export function describePoint(
  params: NeuronParams,
  point: readonly [number, number],
  activationName: string,
  activation: (z: number) => number,
): PointReadout {
  const z = weightedSum(params, point);
  const a = activation(z);
  const [x1, x2] = point;
  const products = `${formatFactor(params.w1)}·${formatFactor(x1)} + ${formatFactor(params.w2)}·${formatFactor(x2)} ${formatTerm(params.b)}`;
  const side = predictedClass(params, point) === 1 ? 'z ≥ 0: class 1 side' : 'z < 0: class 0 side';
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

export interface FitSummary {
  correct: number;
  total: number;
}

/** How many of all the data set's points (train and test) lie on their own class's side. */
export function countCorrect(params: NeuronParams, dataset: Dataset): FitSummary {
  let correct = 0;
  let total = 0;
  for (const split of [dataset.train, dataset.test]) {
    split.xs.forEach((point, index) => {
      total += 1;
      if (predictedClass(params, point) === split.ys[index]) correct += 1;
    });
  }
  return { correct, total };
}

export function describeFit({ correct, total }: FitSummary): string {
  const share = total > 0 ? formatPercent(correct / total) : '0%';
  return `These weights put ${correct} of the ${total} points on their own class’s side of the line (${share}).`;
}
