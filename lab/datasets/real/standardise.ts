/** Scales every feature to zero mean and unit variance, using the training split's statistics only. */
import type { Dataset, Split } from '../../types.ts';

const MIN_STD = 1e-8;

function columnStats(xs: number[][]): { mean: number[]; std: number[] } {
  const width = xs[0]?.length ?? 0;
  const mean = new Array<number>(width).fill(0);
  const std = new Array<number>(width).fill(0);
  for (const row of xs) row.forEach((v, j) => { mean[j]! += v / xs.length; });
  for (const row of xs) row.forEach((v, j) => { std[j]! += (v - mean[j]!) ** 2 / xs.length; });
  return { mean, std: std.map((v) => Math.max(Math.sqrt(v), MIN_STD)) };
}

export function standardise(dataset: Dataset): Dataset {
  const { mean, std } = columnStats(dataset.train.xs);
  const scale = (split: Split): Split => ({
    xs: split.xs.map((row) => row.map((v, j) => (v - mean[j]!) / std[j]!)),
    ys: split.ys,
  });
  return { ...dataset, train: scale(dataset.train), test: scale(dataset.test) };
}
