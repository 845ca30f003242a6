/**
 * A single step unit in plain numbers: output step(w·x + b), with the catalog's step (1 for z ≥ 0,
 * else 0). Whatever the weights, it can only ever output 0 or 1.
 */
import type { Split } from '../types.ts';
import { getScalarActivation } from '../activations/index.ts';

export interface UnitWeights {
  weights: number[];
  bias: number;
}

export function weightedSumOf(unit: UnitWeights, x: readonly number[]): number {
  let z = unit.bias;
  for (let i = 0; i < unit.weights.length; i++) z += (unit.weights[i] ?? 0) * (x[i] ?? 0);
  return z;
}

export function stepUnitOutput(unit: UnitWeights, x: readonly number[]): number {
  return getScalarActivation('step').value(weightedSumOf(unit, x));
}

/** How many of the split's points the unit puts on their own class's side (its output equals the label). */
export function correctByUnit(unit: UnitWeights, split: Split): number {
  let correct = 0;
  split.xs.forEach((x, i) => {
    if (stepUnitOutput(unit, x) === split.ys[i]) correct += 1;
  });
  return correct;
}

export function accuracyOfUnit(unit: UnitWeights, split: Split): number {
  return split.xs.length === 0 ? NaN : correctByUnit(unit, split) / split.xs.length;
}

/** Every value the unit outputs on the given points, sorted: never more than [0, 1]. */
export function distinctOutputs(unit: UnitWeights, points: readonly (readonly number[])[]): number[] {
  const seen = new Set<number>();
  for (const x of points) seen.add(stepUnitOutput(unit, x));
  return [...seen].sort((a, b) => a - b);
}

/**
 * The best accuracy any unit with `outputs` distinct values can reach on these labels: it can name at
 * most that many classes, so at best it gets every point of the largest ones right.
 */
export function accuracyCeiling(labels: readonly number[], outputs = 2): number {
  if (labels.length === 0) return NaN;
  const counts = new Map<number, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const largest = [...counts.values()].sort((a, b) => b - a).slice(0, outputs);
  return largest.reduce((sum, count) => sum + count, 0) / labels.length;
}
