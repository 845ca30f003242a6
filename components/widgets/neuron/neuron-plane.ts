/** Draws the neuron's output over the plane (heatmap, data, decision line, the reader's point). */
import type { Dataset, GridPrediction } from '../../../lab/index';
import type { ChartPalette } from '../../ui/charts/chart-palette';
import type { LabelledPoint, RenderedPlot } from '../../ui/live-maps/decision-map';
import { createLiveDecisionMap, type LiveDecisionMap } from '../../ui/live-maps/live-decision-map';
import { createLiveSegment, type LiveSegment } from '../../ui/live-maps/live-segment';
import { GRID_RESOLUTION, type NeuronActivationId } from './neuron-config';
import { formatFixed } from '../../ui/text/number-format';
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

export function planeSize(containerWidth: number): number {
  return Math.round(Math.max(PLANE_MIN_SIZE, Math.min(PLANE_MAX_SIZE, containerWidth || PLANE_MAX_SIZE)));
}

/** A drawn plane and what it was drawn for; while only the weights change it is recoloured, not redrawn. */
export interface DrawnPlane {
  readonly element: RenderedPlot;
  readonly key: string;
  readonly dataset: Dataset;
  readonly map: LiveDecisionMap;
  readonly boundary: LiveSegment;
}

/**
 * Shows the state on the plane: when only the weights changed since `drawn` (same activation and
 * colours, size, theme, data and point), its raster is recoloured and its line moved (about a
 * millisecond); otherwise the chart is drawn anew, and the caller puts the new element on the page.
 */
export function paintPlane(drawn: DrawnPlane | undefined, state: PlaneState, palette: ChartPalette, size: number, ariaLabel: string): DrawnPlane {
  const grid = neuronGrid(state.params, state.activation, state.bounds, GRID_RESOLUTION);
  const colourDomain = colourDomainFor(state.activationId, grid);
  const boundary = decisionSegment(state.params, state.bounds);
  // The activation itself is not in the key: step and sigmoid, say, share colours and differ only in the raster.
  const key = [...colourDomain, size, palette.fg, palette.bg, ...palette.heat, ...(state.point ?? [])].join('|');
  if (drawn && drawn.key === key && drawn.dataset === state.dataset) {
    drawn.map.update(grid, ariaLabel);
    drawn.boundary.update(boundary);
    return drawn;
  }
  const map = createLiveDecisionMap({
    grid,
    points: datasetPoints(state.dataset),
    colourDomain,
    palette,
    size,
    ariaLabel,
    marker: state.point ? { x: state.point[0], y: state.point[1] } : undefined,
  });
  const line = createLiveSegment(map.element, palette.fg);
  line.update(boundary);
  return { element: map.element, key, dataset: state.dataset, map, boundary: line };
}
