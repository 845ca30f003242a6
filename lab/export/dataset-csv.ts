/**
 * A data set as CSV, the file the generated programs read: one row per point with its features
 * (x1, x2, …), its integer class label and the split it belongs to, training points first.
 * Numbers are written in full (shortest round-trip form), so every program sees the same values.
 */
import type { Dataset, Split } from '../types.ts';

export const CSV_SPLIT_NAMES = ['train', 'test'] as const;

function rows(split: Split, name: string): string[] {
  return split.xs.map((features, i) => [...features.map(String), String(split.ys[i]), name].join(','));
}

export function datasetCsv(dataset: Dataset): string {
  const header = [...Array.from({ length: dataset.inputSize }, (_, i) => `x${i + 1}`), 'label', 'split'].join(',');
  return `${[header, ...rows(dataset.train, 'train'), ...rows(dataset.test, 'test')].join('\n')}\n`;
}
