/**
 * Separate random streams for positions and noise, so the same seed with more noise gives
 * the same points (in the same order) jittered, and the same train/test split.
 */
import { createRng, deriveSeed, type Rng } from '../rng.ts';

export interface DatasetStreams {
  points: Rng;
  noise: Rng;
}

export function datasetStreams(seed: number): DatasetStreams {
  return {
    points: createRng(deriveSeed(seed, 'points')),
    noise: createRng(deriveSeed(seed, 'noise')),
  };
}

export const BINARY_CLASS_NAMES = ['negative', 'positive'];
