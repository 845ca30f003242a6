/**
 * Decision maps of a network with one sigmoid output: the neutral map shown before there is a model,
 * and the options every such map shares (colours from class 0 at output 0 to class 1 at output 1, and
 * the 0.5 curve where the network decides).
 */
import type { Bounds, GridPrediction } from '../../../lab/index';
import type { ChartPalette } from '../charts/chart-palette';
import type { DecisionMapOptions, LabelledPoint } from './decision-map';

const SIGMOID_COLOUR_DOMAIN: [number, number, number] = [0, 0.5, 1];
const BOUNDARY_LEVEL = 0.5;

/**
 * An untrained map: every cell at the neutral 0.5, so only the data shows. Give it the sampled
 * grids' bounds and resolution, so a run's first grid only recolours it.
 */
export function neutralGrid(bounds: Bounds, resolution: number): GridPrediction {
  return { ...bounds, resolution, values: new Float32Array(resolution * resolution).fill(BOUNDARY_LEVEL) };
}

export interface SigmoidMapOptions {
  /** The latest sampled grid; without one the neutral map is shown. */
  grid: GridPrediction | undefined;
  bounds: Bounds;
  resolution: number;
  points: readonly LabelledPoint[];
  palette: ChartPalette;
  size: number;
  ariaLabel: string;
  /** Draw the 0.5 curve (only on a trained map drawn in full: a recoloured one would leave it stale). */
  boundary?: boolean;
  marker?: { x: number; y: number };
}

export function sigmoidMapOptions(options: SigmoidMapOptions): DecisionMapOptions {
  const { grid, bounds, resolution, boundary, marker, ...shared } = options;
  return {
    ...shared,
    grid: grid ?? neutralGrid(bounds, resolution),
    colourDomain: SIGMOID_COLOUR_DOMAIN,
    ...(boundary && grid ? { contourAt: BOUNDARY_LEVEL } : {}),
    ...(marker ? { marker } : {}),
  };
}
