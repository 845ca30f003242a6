import { createRng, deriveSeed } from '../rng.ts';

/** Evenly spaced points from min to max inclusive. */
export function linearGrid(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
    throw new Error(`A grid needs finite min < max, got ${min} and ${max}.`);
  }
  if (!Number.isInteger(count) || count < 2) throw new Error(`A grid needs an integer count of at least 2, got ${count}.`);
  const step = (max - min) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? max : min + i * step));
}

/** `count` seeded uniform points in [min, max), sorted: off-grid places a regular grid could miss. */
export function randomPoints(seed: number, count: number, min: number, max: number): number[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`randomPoints needs a whole number of points, got ${count}.`);
  const rng = createRng(deriveSeed(seed, 'check-points'));
  return Array.from({ length: count }, () => rng.range(min, max)).sort((a, b) => a - b);
}
