/** A 1-D regression set: y = slope·x + intercept + Gaussian noise, x ~ U(xMin, xMax). numClasses is 0. */
import type { Dataset } from '../types.ts';
import { createRng, deriveSeed, normaliseSeed } from '../rng.ts';
import { DEFAULT_TEST_FRACTION, MAX_SIZE, MAX_TEST_FRACTION, MIN_SIZE } from './options.ts';
import { shuffleAndSplit, type LabelledPoints } from './split.ts';

export const DEFAULT_REGRESSION = { slope: 2, intercept: 3, noise: 0.1, size: 100, xRange: [-1, 1] } as const;
export const MAX_COEFFICIENT = 1000;

export interface LinearRegressionOptions {
  slope?: number;
  intercept?: number;
  /** Standard deviation of the Gaussian noise added to y, in y's units. */
  noise?: number;
  size?: number;
  testFraction?: number;
  xRange?: readonly [number, number];
  seed: number;
}

function check(name: string, value: number, min: number, max: number, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw new Error(`linearRegression: ${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${String(value)}.`);
  }
  return value;
}

export function linearRegression(options: LinearRegressionOptions): Dataset {
  if (options?.seed === undefined) throw new Error('linearRegression: a seed is required so the data set is reproducible.');
  const seed = normaliseSeed(options.seed);
  const slope = check('slope', options.slope ?? DEFAULT_REGRESSION.slope, -MAX_COEFFICIENT, MAX_COEFFICIENT);
  const intercept = check('intercept', options.intercept ?? DEFAULT_REGRESSION.intercept, -MAX_COEFFICIENT, MAX_COEFFICIENT);
  const noise = check('noise', options.noise ?? DEFAULT_REGRESSION.noise, 0, MAX_COEFFICIENT);
  const size = check('size', options.size ?? DEFAULT_REGRESSION.size, MIN_SIZE, MAX_SIZE, true);
  const testFraction = check('testFraction', options.testFraction ?? DEFAULT_TEST_FRACTION, 0, MAX_TEST_FRACTION);
  const [xMin, xMax] = options.xRange ?? DEFAULT_REGRESSION.xRange;
  if (!(Number.isFinite(xMin) && Number.isFinite(xMax) && xMin < xMax)) {
    throw new Error(`linearRegression: xRange must be [min, max] with min < max, got ${JSON.stringify(options.xRange)}.`);
  }
  const pointRng = createRng(deriveSeed(seed, 'points'));
  const noiseRng = createRng(deriveSeed(seed, 'noise'));
  const points: LabelledPoints = { xs: [], ys: [] };
  for (let i = 0; i < size; i++) {
    const x = pointRng.range(xMin, xMax);
    points.xs.push([x]);
    points.ys.push(slope * x + intercept + noiseRng.normal(0, noise));
  }
  return shuffleAndSplit(points, { id: 'linear-regression', inputSize: 1, numClasses: 0, testFraction, seed });
}
