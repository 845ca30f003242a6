/**
 * TensorFlow Playground's circle: label 1 inside radius 2.5 (r ~ U(0, 2.5)), label 0 in the ring
 * r ~ U(3.5, 5). Noise moves each coordinate by noise·U(−5, 5); the label follows the moved point.
 */
import type { Dataset, DatasetOptions } from '../types.ts';
import { countsPerClass, resolveOptions } from './options.ts';
import { shuffleAndSplit, type LabelledPoints } from './split.ts';
import { BINARY_CLASS_NAMES, datasetStreams } from './streams.ts';

export const CIRCLE_RADIUS = 5;
export const INNER_RADIUS = CIRCLE_RADIUS * 0.5;
export const RING_START = CIRCLE_RADIUS * 0.7;

export function circle(options: DatasetOptions): Dataset {
  const { size, noise, testFraction, seed } = resolveOptions('circle', options);
  const { points: pointRng, noise: noiseRng } = datasetStreams(seed);
  const points: LabelledPoints = { xs: [], ys: [] };
  const [outsideCount, insideCount] = countsPerClass(size, 2) as [number, number];
  const addPoint = (rMin: number, rMax: number): void => {
    const r = pointRng.range(rMin, rMax);
    const angle = pointRng.range(0, 2 * Math.PI);
    const x = r * Math.sin(angle) + noise * noiseRng.range(-CIRCLE_RADIUS, CIRCLE_RADIUS);
    const y = r * Math.cos(angle) + noise * noiseRng.range(-CIRCLE_RADIUS, CIRCLE_RADIUS);
    points.xs.push([x, y]);
    points.ys.push(Math.hypot(x, y) < INNER_RADIUS ? 1 : 0);
  };
  for (let i = 0; i < insideCount; i++) addPoint(0, INNER_RADIUS);
  for (let i = 0; i < outsideCount; i++) addPoint(RING_START, CIRCLE_RADIUS);
  return shuffleAndSplit(points, { id: 'circle', inputSize: 2, numClasses: 2, classNames: BINARY_CLASS_NAMES, testFraction, seed });
}
