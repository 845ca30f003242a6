/** What the plane of the neuron's output says: its colour range, caption, text alternative and size. */
import type { GridPrediction } from '../../../lab/index';
import { clampWidth } from '../../ui/charts/chart-slot';
import { formatFixed, formatTerm } from '../../ui/text/number-format';
import { PLANE_HALF_WIDTH, type NeuronActivationId } from './neuron-config';
import type { NeuronParams } from './neuron-math';

const PLANE_MAX_SIZE = 460;
const PLANE_MIN_SIZE = 240;
/** Linear and ReLU outputs are unbounded: their colours span at least ±1, or the largest |a| shown. */
const MIN_UNBOUNDED_EXTENT = 1;

export function colourDomainFor(id: NeuronActivationId, grid: GridPrediction): [number, number, number] {
  if (id === 'step' || id === 'sigmoid') return [0, 0.5, 1];
  if (id === 'tanh') return [-1, 0, 1];
  let extent = MIN_UNBOUNDED_EXTENT;
  for (const value of grid.values) extent = Math.max(extent, Math.abs(value));
  return [-extent, 0, extent];
}

/** The visible caption: what the colours mean and where the line is, with the current numbers. */
export function describePlane({ w1, w2, b }: NeuronParams, activationName: string): string {
  return `The output a = ${activationName}(z) over the plane: blue where a is high, orange where it is low. Dashed line: ${formatFixed(w1)}·x₁ ${formatTerm(w2)}·x₂ ${formatTerm(b)} = 0.`;
}

/** The chart's own label: the caption plus what a sighted reader sees in the points. */
export function planeAriaLabel(caption: string, fitText: string): string {
  const [lo, hi] = [-PLANE_HALF_WIDTH, PLANE_HALF_WIDTH].map((x) => formatFixed(x, 0));
  return `${caption} Both axes run from ${lo} to ${hi}. Class 0 points are orange circles, class 1 points blue triangles. ${fitText}`;
}

export function planeSize(containerWidth: number): number {
  return clampWidth(containerWidth, PLANE_MIN_SIZE, PLANE_MAX_SIZE);
}
