/**
 * TensorFlow Playground's spiral: arm k of K, point i of n,
 * r = 5·i/n, t = 1.75·2π·i/n + 2πk/K, (r·sin t, r·cos t) + noise·U(−1, 1) per coordinate.
 * With K = 2 the arms are half a turn apart, as in the playground. The label is the arm index.
 */
import type { Dataset, DatasetOptions } from '../types.ts';
import { countsPerClass, resolveOptions } from './options.ts';
import { shuffleAndSplit, type LabelledPoints } from './split.ts';
import { datasetStreams } from './streams.ts';

export const SPIRAL_RADIUS = 5;
export const SPIRAL_TURNS = 1.75;
export const SPIRAL_MAX_CLASSES = 8;

export function spiral(options: DatasetOptions): Dataset {
  const { size, noise, testFraction, classes, seed } = resolveOptions('spiral', options, SPIRAL_MAX_CLASSES);
  const { noise: noiseRng } = datasetStreams(seed);
  const points: LabelledPoints = { xs: [], ys: [] };
  countsPerClass(size, classes).forEach((n, arm) => {
    const armOffset = (2 * Math.PI * arm) / classes;
    for (let i = 0; i < n; i++) {
      const r = (SPIRAL_RADIUS * i) / n;
      const t = (SPIRAL_TURNS * 2 * Math.PI * i) / n + armOffset;
      points.xs.push([r * Math.sin(t) + noise * noiseRng.range(-1, 1), r * Math.cos(t) + noise * noiseRng.range(-1, 1)]);
      points.ys.push(arm);
    }
  });
  const classNames = Array.from({ length: classes }, (_, k) => `arm ${k + 1}`);
  return shuffleAndSplit(points, { id: 'spiral', inputSize: 2, numClasses: classes, classNames, testFraction, seed });
}
