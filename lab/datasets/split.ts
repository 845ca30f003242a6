/** Turns generated points into a Dataset: one seeded shuffle, then a train/test split. */
import type { Dataset, Split } from '../types.ts';
import { createRng, deriveSeed } from '../rng.ts';

export interface LabelledPoints {
  xs: number[][];
  ys: number[];
}

export interface SplitSpec {
  id: string;
  inputSize: number;
  numClasses: number;
  classNames?: string[];
  testFraction: number;
  seed: number;
}

function pick(points: LabelledPoints, indices: number[]): Split {
  return {
    xs: indices.map((i) => points.xs[i] as number[]),
    ys: indices.map((i) => points.ys[i] as number),
  };
}

export function shuffleAndSplit(points: LabelledPoints, spec: SplitSpec): Dataset {
  const order = createRng(deriveSeed(spec.seed, 'shuffle')).shuffle(points.ys.map((_, i) => i));
  const testCount = Math.round(order.length * spec.testFraction);
  const trainCount = order.length - testCount;
  return {
    id: spec.id,
    inputSize: spec.inputSize,
    numClasses: spec.numClasses,
    ...(spec.classNames ? { classNames: spec.classNames } : {}),
    train: pick(points, order.slice(0, trainCount)),
    test: pick(points, order.slice(trainCount)),
  };
}
