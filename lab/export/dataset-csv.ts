/**
 * A data set as CSV, the file the generated programs read: one row per point with its features
 * (x1, x2, …), its integer class label and the split it belongs to, training points first.
 * Numbers are written in full (shortest round-trip form), so every program sees the same values.
 */
import type { Dataset, Split } from '../types.ts';

export const CSV_SPLIT_NAMES = ['train', 'test'] as const;

/**
 * String(value), remembered for the values already written in this file: an image data set repeats a
 * few hundred pixel values hundreds of thousands of times (MNIST's 2,000 digits: 392,000 numbers), and
 * a lookup costs a fraction of writing a double's shortest form, which kept a Train click busy for 30–45 ms.
 */
function numberWriter(): (value: number) => string {
  const written = new Map<number, string>();
  return (value) => {
    let text = written.get(value);
    if (text === undefined) {
      text = String(value);
      written.set(value, text);
    }
    return text;
  };
}

function rows(split: Split, name: string, write: (value: number) => string): string[] {
  return split.xs.map((features, i) => `${features.map(write).join(',')},${String(split.ys[i])},${name}`);
}

export function datasetCsv(dataset: Dataset): string {
  const header = [...Array.from({ length: dataset.inputSize }, (_, i) => `x${i + 1}`), 'label', 'split'].join(',');
  const write = numberWriter();
  return `${[header, ...rows(dataset.train, 'train', write), ...rows(dataset.test, 'test', write)].join('\n')}\n`;
}
