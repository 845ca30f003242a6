/**
 * Three Gaussian blobs at the corners of a triangle, labels 0, 1 and 2: two straight lines separate
 * them at noise 0, but one step unit, with only the outputs 0 and 1, cannot name three classes.
 */
import type { Dataset, DatasetOptions } from '../types.ts';
import { countsPerClass, resolveOptions } from '../datasets/options.ts';
import { shuffleAndSplit, type LabelledPoints } from '../datasets/split.ts';
import { datasetStreams } from '../datasets/streams.ts';

export const THREE_BLOB_CENTRES = [[-3, -2], [3, -2], [0, 3]] as const;
export const THREE_BLOB_STD = 0.6;
/** Extra standard deviation per unit of noise: noise 0.5 gives std 1.6. */
export const THREE_BLOB_STD_PER_NOISE = 2;
export const THREE_BLOB_CLASS_NAMES = ['class 0', 'class 1', 'class 2'];

export function threeBlobs(options: Omit<DatasetOptions, 'classes'>): Dataset {
  const { size, noise, testFraction, seed } = resolveOptions('three-blobs', options);
  const rng = datasetStreams(seed).points;
  const std = THREE_BLOB_STD + THREE_BLOB_STD_PER_NOISE * noise;
  const points: LabelledPoints = { xs: [], ys: [] };
  countsPerClass(size, THREE_BLOB_CENTRES.length).forEach((count, label) => {
    const [cx, cy] = THREE_BLOB_CENTRES[label]!;
    for (let i = 0; i < count; i++) {
      points.xs.push([rng.normal(cx, std), rng.normal(cy, std)]);
      points.ys.push(label);
    }
  });
  return shuffleAndSplit(points, {
    id: 'three-blobs', inputSize: 2, numClasses: 3, classNames: THREE_BLOB_CLASS_NAMES, testFraction, seed,
  });
}
