/**
 * flipLabels: a two-class data set with a seeded fraction of its labels swapped, in both splits, so
 * the data are noisy in the way that lets a big network memorise mistakes. The points stay where
 * they are; with fraction f the best any model can do on new data is about 1 − f accuracy.
 */
import type { Dataset, Split } from '../types.ts';
import { createRng, deriveSeed, type Rng } from '../rng.ts';

export const MAX_FLIP_FRACTION = 0.5;

function flipSplit(split: Split, fraction: number, rng: Rng): Split {
  return { xs: split.xs.map((row) => row.slice()), ys: split.ys.map((label) => (rng.uniform() < fraction ? 1 - label : label)) };
}

export function flipLabels(dataset: Dataset, fraction: number, seed: number): Dataset {
  if (dataset.numClasses !== 2) throw new Error(`flipLabels: only two-class data sets can have labels flipped, this one has ${dataset.numClasses} classes.`);
  if (typeof fraction !== 'number' || !Number.isFinite(fraction) || fraction < 0 || fraction > MAX_FLIP_FRACTION) {
    throw new Error(`flipLabels: the fraction must be a number from 0 to ${MAX_FLIP_FRACTION}, got ${String(fraction)}.`);
  }
  const rng = createRng(deriveSeed(seed, 'flip'));
  const train = flipSplit(dataset.train, fraction, rng);
  const test = flipSplit(dataset.test, fraction, rng);
  return { ...dataset, id: `${dataset.id}-flipped`, train, test };
}
