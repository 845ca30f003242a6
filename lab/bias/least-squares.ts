/**
 * Closed-form least-squares lines for a 1-D split, to check what gradient descent finds:
 * through the origin, w = Σxy / Σx²; with an intercept, w = cov(x, y) / var(x) and b = ȳ − w·x̄.
 */
import type { Split } from '../types.ts';

export interface Line {
  w: number;
  b: number;
}

function columns(split: Split): { xs: number[]; ys: number[] } {
  if (split.xs.length === 0 || split.xs.some((row) => row.length !== 1)) {
    throw new Error('Least squares: the split needs at least one point with exactly one input.');
  }
  return { xs: split.xs.map((row) => row[0]!), ys: split.ys };
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

export function leastSquaresThroughOrigin(split: Split): Line {
  const { xs, ys } = columns(split);
  const sxx = sum(xs.map((x) => x * x));
  if (sxx === 0) throw new Error('Least squares: every x is 0, so no slope fits.');
  return { w: sum(xs.map((x, i) => x * ys[i]!)) / sxx, b: 0 };
}

export function leastSquaresLine(split: Split): Line {
  const { xs, ys } = columns(split);
  const xMean = sum(xs) / xs.length;
  const yMean = sum(ys) / ys.length;
  const sxx = sum(xs.map((x) => (x - xMean) ** 2));
  if (sxx === 0) throw new Error('Least squares: every x is the same, so no slope fits.');
  const w = sum(xs.map((x, i) => (x - xMean) * (ys[i]! - yMean))) / sxx;
  return { w, b: yMean - w * xMean };
}

export function meanSquaredError(split: Split, line: Line): number {
  const { xs, ys } = columns(split);
  return sum(xs.map((x, i) => (ys[i]! - (line.w * x + line.b)) ** 2)) / xs.length;
}
