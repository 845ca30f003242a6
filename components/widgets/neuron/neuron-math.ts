/**
 * The single neuron in plain numbers: z = w₁x₁ + w₂x₂ + b and a = f(z). Used for exploring with the
 * sliders, where no training (and no tfjs) is involved.
 */
import type { Bounds, GridPrediction } from '../../../lab/index';
import { lineSegmentInBox, type Segment } from '../../ui/charts/line-segment';

export interface NeuronParams {
  w1: number;
  w2: number;
  b: number;
}

export function weightedSum({ w1, w2, b }: NeuronParams, [x1, x2]: readonly number[]): number {
  return w1 * x1 + w2 * x2 + b;
}

/** f(w·x + b) on a resolution × resolution grid, row-major from yMax down (lab's GridPrediction layout). */
export function neuronGrid(params: NeuronParams, activation: (z: number) => number, bounds: Bounds, resolution: number): GridPrediction {
  const values = new Float32Array(resolution * resolution);
  const dx = (bounds.xMax - bounds.xMin) / resolution;
  const dy = (bounds.yMax - bounds.yMin) / resolution;
  for (let row = 0; row < resolution; row++) {
    const x2 = bounds.yMax - (row + 0.5) * dy;
    for (let column = 0; column < resolution; column++) {
      const x1 = bounds.xMin + (column + 0.5) * dx;
      values[row * resolution + column] = activation(weightedSum(params, [x1, x2]));
    }
  }
  return { ...bounds, resolution, values };
}

/** The part of the line w₁x₁ + w₂x₂ + b = 0 inside the bounds, or undefined if it misses them. */
export function decisionSegment({ w1, w2, b }: NeuronParams, bounds: Bounds): Segment | undefined {
  return lineSegmentInBox([w1, w2], b, bounds);
}

/** The neuron's class for a point: 1 on the side where z ≥ 0, which is where every choice of f is high. */
export function predictedClass(params: NeuronParams, point: readonly number[]): number {
  return weightedSum(params, point) >= 0 ? 1 : 0;
}
