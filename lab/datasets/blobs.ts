/**
 * Two tight Gaussian blobs at (2, 2) (label 1) and (−2, −2) (label 0): linearly separable at noise 0.
 * `offset` shifts both blobs, so the best boundary (x + y = offsetX + offsetY) can miss the origin:
 * a neuron without a bias cannot draw it.
 */
import type { Dataset, DatasetOptions } from '../types.ts';
import { countsPerClass, resolveOptions } from './options.ts';
import { shuffleAndSplit } from './split.ts';
import { BINARY_CLASS_NAMES, datasetStreams } from './streams.ts';
import { gaussianClusters } from './gaussian-clusters.ts';

export const BLOB_CENTRE = [2, 2] as const;
export const BLOB_STD = 0.5;
/** Extra standard deviation per unit of noise: noise 0.5 gives std 1.5. */
export const BLOB_STD_PER_NOISE = 2;
export const MAX_OFFSET = 10;

export interface BlobsOptions extends DatasetOptions {
  /** Shift of both blobs: [dx, dy], or one number for [d, d]. Each component within ±10. */
  offset?: number | readonly [number, number];
}

export function resolveOffset(offset: BlobsOptions['offset']): [number, number] {
  const pair = typeof offset === 'number' ? [offset, offset] : offset ?? [0, 0];
  const valid = Array.isArray(pair) && pair.length === 2 &&
    pair.every((v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_OFFSET);
  if (!valid) {
    throw new Error(`blobs: offset must be a number or a pair [dx, dy], each from -${MAX_OFFSET} to ${MAX_OFFSET}, got ${JSON.stringify(offset)}.`);
  }
  return [pair[0] as number, pair[1] as number];
}

export function blobs(options: BlobsOptions): Dataset {
  const { size, noise, testFraction, seed } = resolveOptions('blobs', options);
  const points = gaussianClusters(datasetStreams(seed).points, {
    counts: countsPerClass(size, 2),
    centre: BLOB_CENTRE,
    offset: resolveOffset(options.offset),
    std: BLOB_STD + BLOB_STD_PER_NOISE * noise,
  });
  return shuffleAndSplit(points, { id: 'blobs', inputSize: 2, numClasses: 2, classNames: BINARY_CLASS_NAMES, testFraction, seed });
}
