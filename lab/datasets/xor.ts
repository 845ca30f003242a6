/**
 * TensorFlow Playground's xor: x, y ~ U(−5, 5) pushed 0.3 away from the axes, label 1 when x·y ≥ 0.
 * Each class gets exactly half the points (the playground draws the quadrant at random; the
 * distribution over the square is the same). Noise moves each coordinate by noise·U(−5, 5)
 * and the label follows the moved point.
 */
import type { Dataset, DatasetOptions } from '../types.ts';
import { countsPerClass, resolveOptions } from './options.ts';
import { shuffleAndSplit, type LabelledPoints } from './split.ts';
import { BINARY_CLASS_NAMES, datasetStreams } from './streams.ts';

export const XOR_EXTENT = 5;
export const XOR_PADDING = 0.3;

export function xor(options: DatasetOptions): Dataset {
  const { size, noise, testFraction, seed } = resolveOptions('xor', options);
  const { points: pointRng, noise: noiseRng } = datasetStreams(seed);
  const points: LabelledPoints = { xs: [], ys: [] };
  countsPerClass(size, 2).forEach((count, label) => {
    for (let i = 0; i < count; i++) {
      const xRaw = pointRng.range(-XOR_EXTENT, XOR_EXTENT);
      const x = xRaw + Math.sign(xRaw || 1) * XOR_PADDING;
      const yMagnitude = pointRng.range(0, XOR_EXTENT) + XOR_PADDING;
      const sameSign = label === 1;
      const y = (sameSign === (x > 0) ? 1 : -1) * yMagnitude;
      const noisyX = x + noise * noiseRng.range(-XOR_EXTENT, XOR_EXTENT);
      const noisyY = y + noise * noiseRng.range(-XOR_EXTENT, XOR_EXTENT);
      points.xs.push([noisyX, noisyY]);
      points.ys.push(noisyX * noisyY >= 0 ? 1 : 0);
    }
  });
  return shuffleAndSplit(points, { id: 'xor', inputSize: 2, numClasses: 2, classNames: BINARY_CLASS_NAMES, testFraction, seed });
}
