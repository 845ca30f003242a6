/** The square a decision map shows: every point and the origin, with some room around them. */
import type { Bounds, Dataset } from '../../../lab/index';

export function planeWithOrigin(dataset: Dataset, padding: number): Bounds {
  let lo = 0;
  let hi = 0;
  for (const split of [dataset.train, dataset.test]) {
    for (const row of split.xs) {
      for (const value of row) {
        lo = Math.min(lo, value);
        hi = Math.max(hi, value);
      }
    }
  }
  const min = Math.floor(lo - padding);
  const max = Math.ceil(hi + padding);
  return { xMin: min, xMax: max, yMin: min, yMax: max };
}
