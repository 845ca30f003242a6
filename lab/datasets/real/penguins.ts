/** Palmer penguins (vega-datasets, CC0): 342 complete rows, 4 measurements, 3 species. */
import type { Dataset } from '../../types.ts';
import { shuffleAndSplit } from '../split.ts';
import { standardise } from './standardise.ts';
import type { RealDatasetOptions } from './options.ts';

interface PenguinsFile {
  columns: string[];
  species: string[];
  rows: [number, number, number, number, string][];
}

export async function loadPenguins({ seed, testFraction = 0.3 }: RealDatasetOptions): Promise<Dataset> {
  const module = await import('./data/penguins.json', { with: { type: 'json' } });
  const file = module.default as unknown as PenguinsFile;
  const points = {
    xs: file.rows.map((row) => row.slice(0, 4) as number[]),
    ys: file.rows.map((row) => file.species.indexOf(row[4])),
  };
  return standardise(
    shuffleAndSplit(points, { id: 'penguins', inputSize: 4, numClasses: 3, classNames: file.species, testFraction, seed }),
  );
}
