/** Defaults, limits and validation shared by the classification data set generators. */
import type { DatasetOptions } from '../types.ts';
import { normaliseSeed } from '../rng.ts';

export const DEFAULT_SIZE = 500;
export const DEFAULT_NOISE = 0;
export const DEFAULT_TEST_FRACTION = 0.5;
export const MIN_SIZE = 10;
export const MAX_SIZE = 10_000;
export const MAX_NOISE = 0.5;
export const MAX_TEST_FRACTION = 0.9;
export const MIN_CLASSES = 2;

export interface ResolvedOptions {
  size: number;
  noise: number;
  testFraction: number;
  classes: number;
  seed: number;
}

function checkRange(id: string, name: string, value: number, min: number, max: number, integer = false): number {
  const kind = integer ? 'an integer' : 'a number';
  if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw new Error(`${id}: ${name} must be ${kind} from ${min} to ${max}, got ${String(value)}.`);
  }
  return value;
}

/** Fills in defaults and throws a readable Error for anything out of range. */
export function resolveOptions(id: string, options: DatasetOptions, maxClasses = MIN_CLASSES): ResolvedOptions {
  if (options === null || typeof options !== 'object') {
    throw new Error(`${id}: options must be an object with at least a seed.`);
  }
  if (options.seed === undefined) throw new Error(`${id}: a seed is required so the data set is reproducible.`);
  const seed = normaliseSeed(options.seed);
  const size = checkRange(id, 'size', options.size ?? DEFAULT_SIZE, MIN_SIZE, MAX_SIZE, true);
  const noise = checkRange(id, 'noise', options.noise ?? DEFAULT_NOISE, 0, MAX_NOISE);
  const testFraction = checkRange(id, 'testFraction', options.testFraction ?? DEFAULT_TEST_FRACTION, 0, MAX_TEST_FRACTION);
  if (options.classes !== undefined && maxClasses === MIN_CLASSES && options.classes !== MIN_CLASSES) {
    throw new Error(`${id}: only 2 classes are supported, got classes = ${String(options.classes)}.`);
  }
  const classes = checkRange(id, 'classes', options.classes ?? MIN_CLASSES, MIN_CLASSES, maxClasses, true);
  return { size, noise, testFraction, classes, seed };
}

/** How many points each class gets so the classes are as balanced as the size allows. */
export function countsPerClass(size: number, classes: number): number[] {
  const base = Math.floor(size / classes);
  const remainder = size % classes;
  return Array.from({ length: classes }, (_, k) => base + (k < remainder ? 1 : 0));
}
