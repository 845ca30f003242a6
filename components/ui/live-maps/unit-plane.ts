/**
 * One unit with two inputs over the input plane, a = f(w·x + b): its output on every grid cell (in
 * lab's GridPrediction layout, from lab's own grid points) and its line w·x + b = 0 within the plane.
 * The neuron and the step perceptron draw their maps from these.
 */
import { gridPoints, weightedSumOf, type Bounds, type GridPrediction, type UnitWeights } from '../../../lab/index';
import { lineSegmentInBox, type Segment } from '../charts/line-segment';

export function unitGrid(unit: UnitWeights, activation: (z: number) => number, bounds: Bounds, resolution: number): GridPrediction {
  const points = gridPoints(bounds, resolution);
  const values = new Float32Array(resolution * resolution);
  for (let cell = 0; cell < values.length; cell++) {
    values[cell] = activation(weightedSumOf(unit, [points[2 * cell]!, points[2 * cell + 1]!]));
  }
  return { ...bounds, resolution, values };
}

/** The part of the line w·x + b = 0 inside the bounds, or undefined if it misses them. */
export function unitBoundary({ weights: [w1 = 0, w2 = 0], bias }: UnitWeights, bounds: Bounds): Segment | undefined {
  return lineSegmentInBox([w1, w2], bias, bounds);
}
