/** A data split as the array engine reads it: rescaled inputs row by row, and one label or value per row. */
import type { Split } from '../../types.ts';
import type { MlpShape } from './plan.ts';

export interface ArraySplit {
  xs: Float32Array;
  ys: Float32Array;
  rows: number;
}

/** Inputs go through the plan's Rescaling (x · scale + offset, rounded as tfjs rounds each op). */
export function toArraySplit(split: Split, plan: MlpShape): ArraySplit {
  const rows = split.ys.length;
  const width = plan.inputSize;
  const xs = new Float32Array(rows * width);
  split.xs.forEach((row, r) => {
    for (let i = 0; i < width; i++) xs[r * width + i] = Math.fround(Math.fround(row[i]! * plan.scale) + plan.offset);
  });
  return { xs, ys: Float32Array.from(split.ys), rows };
}

/** Copies the rows `order[start..end)` of `from` into the start of `into` (a mini-batch). */
export function gatherRows(from: ArraySplit, order: readonly number[], start: number, end: number, into: ArraySplit): number {
  const width = from.xs.length / Math.max(from.rows, 1);
  for (let k = start; k < end; k++) {
    const row = order[k]!;
    into.xs.set(from.xs.subarray(row * width, (row + 1) * width), (k - start) * width);
    into.ys[k - start] = from.ys[row]!;
  }
  return end - start;
}
