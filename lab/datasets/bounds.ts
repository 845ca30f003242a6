/** The square region a 2-D data set occupies, with a margin: handy bounds for predictGrid and plots. */
import type { Dataset } from '../types.ts';

export const DEFAULT_MARGIN = 0.1;

export interface Bounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Symmetric square bounds around the origin that contain every point plus a relative margin. */
export function datasetBounds(dataset: Dataset, margin = DEFAULT_MARGIN): Bounds {
  if (dataset.inputSize !== 2) throw new Error(`datasetBounds needs 2-D inputs, got inputSize ${dataset.inputSize}.`);
  let extent = 0;
  for (const split of [dataset.train, dataset.test]) {
    for (const [x = 0, y = 0] of split.xs) extent = Math.max(extent, Math.abs(x), Math.abs(y));
  }
  const half = (extent || 1) * (1 + margin);
  return { xMin: -half, xMax: half, yMin: -half, yMax: half };
}
