/** Two Gaussian clusters, label 1 around `centre` and label 0 around its mirror image, both shifted by `offset`. */
import type { LabelledPoints } from './split.ts';
import type { Rng } from '../rng.ts';

export interface ClusterSpec {
  counts: number[];
  centre: readonly [number, number];
  offset: readonly [number, number];
  std: number;
}

export function gaussianClusters(rng: Rng, { counts, centre, offset, std }: ClusterSpec): LabelledPoints {
  const points: LabelledPoints = { xs: [], ys: [] };
  counts.forEach((count, label) => {
    const side = label === 1 ? 1 : -1;
    for (let i = 0; i < count; i++) {
      points.xs.push([rng.normal(side * centre[0] + offset[0], std), rng.normal(side * centre[1] + offset[1], std)]);
      points.ys.push(label);
    }
  });
  return points;
}
