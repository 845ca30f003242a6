/**
 * What the landing page's figure shows: TensorFlow Playground's two-arm spiral and a small ReLU
 * network that learns to tell the arms apart. Fixed seeds, so every reader (and every build) sees
 * the same points and the same run.
 */
import { datasetBounds, spiral, type Bounds, type Dataset, type ModelConfig, type TrainOptions } from '../../lab/index.ts';

export const SEED = 7;
export const FIGURE_PX = 300;
export const MAP_RESOLUTION = 40;
const POINTS = 300;
const NOISE = 0.1;

export const MODEL: ModelConfig = {
  inputSize: 2, hidden: [16, 16], activation: { id: 'relu' }, outputSize: 1, output: 'sigmoid', seed: SEED, inputScale: 0.2,
};
export const TRAINING: Omit<TrainOptions, 'signal' | 'onProgress'> = {
  epochs: 400, learningRate: 0.03, optimizer: 'adam', evaluateEvery: 5, sliceBudgetMs: 12,
};

export function spiralData(): { dataset: Dataset; bounds: Bounds } {
  const dataset = spiral({ seed: SEED, size: POINTS, noise: NOISE });
  return { dataset, bounds: datasetBounds(dataset) };
}

export interface PointMark {
  x: number;
  y: number;
  /** 0 or 1: which arm. */
  arm: number;
}

/** Every point (training and test) in figure pixels, y pointing down. */
export function pointMarks(dataset: Dataset, bounds: Bounds, size = FIGURE_PX): PointMark[] {
  const toX = (x: number) => ((x - bounds.xMin) / (bounds.xMax - bounds.xMin)) * size;
  const toY = (y: number) => ((bounds.yMax - y) / (bounds.yMax - bounds.yMin)) * size;
  return [dataset.train, dataset.test].flatMap((split) =>
    split.xs.map(([x = 0, y = 0], index) => ({ x: toX(x), y: toY(y), arm: split.ys[index] ?? 0 })));
}
