/** Draws the neuron's output over the plane (heatmap, data, decision line, the reader's point). */
import type { Dataset, GridPrediction } from '../../../lab/types';
import type { ChartPalette } from '../../ui/chart-palette';
import { renderDecisionMap, type LabelledPoint, type RenderedPlot } from '../../ui/decision-map';
import { GRID_RESOLUTION, type NeuronActivationId } from './neuron-config';
import { formatFixed } from '../../ui/number-format';
import { formatTerm } from './neuron-format';
import { decisionSegment, neuronGrid, type NeuronParams, type PlaneBounds } from './neuron-math';

export const PLANE_MAX_SIZE = 460;
export const PLANE_MIN_SIZE = 240;
/** Linear and ReLU outputs are unbounded: their colours span at least ±1, or the largest |a| shown. */
const MIN_UNBOUNDED_EXTENT = 1;

export interface PlaneState {
  params: NeuronParams;
  activationId: NeuronActivationId;
  activationName: string;
  activation: (z: number) => number;
  bounds: PlaneBounds;
  dataset: Dataset;
  point?: readonly [number, number];
}

export function colourDomainFor(id: NeuronActivationId, grid: GridPrediction): [number, number, number] {
  if (id === 'step' || id === 'sigmoid') return [0, 0.5, 1];
  if (id === 'tanh') return [-1, 0, 1];
  let extent = MIN_UNBOUNDED_EXTENT;
  for (const value of grid.values) extent = Math.max(extent, Math.abs(value));
  return [-extent, 0, extent];
}

export function datasetPoints(dataset: Dataset): LabelledPoint[] {
  return [dataset.train, dataset.test].flatMap((split) =>
    split.xs.map(([x = 0, y = 0], index) => ({ x, y, label: split.ys[index] ?? 0 })),
  );
}

/** The visible caption: what the colours mean and where the line is, with the current numbers. */
export function describePlane(state: PlaneState): string {
  const { w1, w2, b } = state.params;
  return `The output a = ${state.activationName}(z) over the plane: blue where a is high, orange where it is low. Dashed line: ${formatFixed(w1)}·x₁ ${formatTerm(w2)}·x₂ ${formatTerm(b)} = 0.`;
}

/** The chart's own label: the caption plus what a sighted reader sees in the points. */
export function planeAriaLabel(state: PlaneState, caption: string, fitText: string): string {
  const { xMin, xMax } = state.bounds;
  return `${caption} Both axes run from ${formatFixed(xMin, 0)} to ${formatFixed(xMax, 0)}. Class 0 points are orange circles, class 1 points blue triangles. ${fitText}`;
}

export function planeSize(container: HTMLElement): number {
  return Math.round(Math.max(PLANE_MIN_SIZE, Math.min(PLANE_MAX_SIZE, container.clientWidth || PLANE_MAX_SIZE)));
}

export function renderPlane(state: PlaneState, palette: ChartPalette, size: number, ariaLabel: string): RenderedPlot {
  const grid = neuronGrid(state.params, state.activation, state.bounds, GRID_RESOLUTION);
  return renderDecisionMap({
    grid,
    points: datasetPoints(state.dataset),
    colourDomain: colourDomainFor(state.activationId, grid),
    palette,
    size,
    ariaLabel,
    boundary: decisionSegment(state.params, state.bounds),
    marker: state.point ? { x: state.point[0], y: state.point[1] } : undefined,
  });
}
