/**
 * A model's output over the input plane as a heatmap, with the data on top: class 0 as circles in
 * --c2, class 1 as triangles in --c1, so shape alone tells them apart. Optionally a boundary line
 * (or the contour where the output crosses a level) and one highlighted point (the reader's pick).
 */
import * as Plot from '@observablehq/plot';
import type { GridPrediction } from '../../../lab/index';
import type { ChartPalette } from '../charts/chart-palette';
import { markAsImage } from '../charts/plot-image';
import { classDotMarks, gridRasterPlacement, planeChartOptions, type LabelledPoint } from './plane-chart';

export type { LabelledPoint };

export interface DecisionMapOptions {
  grid: GridPrediction;
  points: readonly LabelledPoint[];
  /** Output values at the class-0 end, at the neutral middle, at the class-1 end of the colours. */
  colourDomain: [number, number, number];
  palette: ChartPalette;
  size: number;
  ariaLabel: string;
  boundary?: [[number, number], [number, number]];
  /** Draws the curve where the output equals this value (e.g. 0.5: a network's decision boundary). */
  contourAt?: number;
  marker?: { x: number; y: number };
  axisLabels?: [string, string];
}

export type RenderedPlot = (SVGSVGElement | HTMLElement) & {
  scale(name: 'x' | 'y'): { invert?: (value: number) => number; apply: (value: number) => number } | undefined;
};

/**
 * The curve where the output crosses `level`. Contour polygons close along the grid's edges, which
 * would draw a false boundary around the frame. So the grid is widened by two rings of cells: the
 * inner ring repeats the edge values, the outer one lies below the level. The polygons then close
 * between the two rings, outside the plotted square, where the clip hides them.
 */
function levelCurve(grid: GridPrediction, level: number, palette: ChartPalette): Plot.Markish {
  const { resolution: n, xMin, xMax, yMin, yMax } = grid;
  const size = n + 4;
  const below = Math.min(level, ...grid.values) - 1;
  const clamp = (index: number) => Math.min(n - 1, Math.max(0, index - 2));
  const padded = new Float32Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const outer = row === 0 || col === 0 || row === size - 1 || col === size - 1;
      padded[row * size + col] = outer ? below : grid.values[clamp(row) * n + clamp(col)]!;
    }
  }
  const dx = (xMax - xMin) / n;
  const dy = (yMax - yMin) / n;
  return Plot.contour(padded, {
    width: size,
    height: size,
    x1: xMin - 2 * dx,
    x2: xMax + 2 * dx,
    y1: yMax + 2 * dy,
    y2: yMin - 2 * dy,
    thresholds: [level],
    // The padded grid is already dense, one sample per cell: Plot's default nearest-neighbour
    // interpolation (a Delaunay triangulation of every cell) would only cost time.
    interpolate: 'none',
    fill: 'none',
    stroke: palette.fg,
    strokeWidth: 2,
    strokeDasharray: '6 4',
    clip: true,
  });
}

export function renderDecisionMap(options: DecisionMapOptions): RenderedPlot {
  const { grid, points, colourDomain, palette, size, boundary, marker } = options;
  const chart = Plot.plot({
    ...planeChartOptions(grid, palette, size, options.axisLabels),
    color: { type: 'linear', domain: colourDomain, range: palette.heat, clamp: true },
    marks: [
      Plot.raster(grid.values, gridRasterPlacement(grid)),
      Plot.frame({ stroke: palette.border }),
      boundary ? Plot.line(boundary, { stroke: palette.fg, strokeWidth: 2, strokeDasharray: '6 4' }) : null,
      options.contourAt === undefined ? null : levelCurve(grid, options.contourAt, palette),
      ...classDotMarks(points, palette.classColours, palette),
      marker
        ? Plot.dot([marker], { x: 'x', y: 'y', r: 8, stroke: palette.fg, strokeWidth: 2.5, fill: 'none' })
        : null,
      marker ? Plot.dot([marker], { x: 'x', y: 'y', r: 1.8, fill: palette.fg }) : null,
    ],
  });
  return markAsImage(chart, options.ariaLabel) as RenderedPlot;
}
