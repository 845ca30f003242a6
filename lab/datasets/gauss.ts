/**
 * TensorFlow Playground's gauss: clusters at (2, 2) (label 1) and (−2, −2) (label 0);
 * the variance grows linearly from 0.5 at noise 0 to 4 at noise 0.5.
 */
import type { Dataset, DatasetOptions } from '../types.ts';
import { countsPerClass, MAX_NOISE, resolveOptions } from './options.ts';
import { shuffleAndSplit } from './split.ts';
import { BINARY_CLASS_NAMES, datasetStreams } from './streams.ts';
import { gaussianClusters } from './gaussian-clusters.ts';

export const GAUSS_CENTRE = [2, 2] as const;
export const MIN_VARIANCE = 0.5;
export const MAX_VARIANCE = 4;

export function gauss(options: DatasetOptions): Dataset {
  const { size, noise, testFraction, seed } = resolveOptions('gauss', options);
  const variance = MIN_VARIANCE + (noise / MAX_NOISE) * (MAX_VARIANCE - MIN_VARIANCE);
  const points = gaussianClusters(datasetStreams(seed).points, {
    counts: countsPerClass(size, 2),
    centre: GAUSS_CENTRE,
    offset: [0, 0],
    std: Math.sqrt(variance),
  });
  return shuffleAndSplit(points, { id: 'gauss', inputSize: 2, numClasses: 2, classNames: BINARY_CLASS_NAMES, testFraction, seed });
}
