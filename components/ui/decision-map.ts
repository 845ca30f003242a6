/**
 * A model's output over the input plane as a heatmap, with the data on top: class 0 as circles in
 * --c2, class 1 as triangles in --c1, so shape alone tells them apart. Optionally a boundary line
 * (or the contour where the output crosses a level) and one highlighted point (the reader's pick).
 */
import * as Plot from '@observablehq/plot';
import type { GridPrediction } from '../../lab/types';
import { plotStyle, type ChartPalette } from './chart-palette';
import { markAsImage } from './plot-image';

export const CLASS_SYMBOLS = ['circle', 'triangle'] as const;

export interface LabelledPoint {
  x: number;
  y: number;
  label: number;
}

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

export function renderDecisionMap(options: DecisionMapOptions): RenderedPlot {
  const { grid, points, colourDomain, palette, size, boundary, marker } = options;
  const [xLabel, yLabel] = options.axisLabels ?? ['x₁', 'x₂'];
  const byClass = [0, 1].map((label) => points.filter((point) => point.label === label));
  const chart = Plot.plot({
    width: size,
    height: size,
    marginLeft: 40,
    marginBottom: 36,
    marginTop: 12,
    marginRight: 12,
    style: plotStyle(palette),
    x: { domain: [grid.xMin, grid.xMax], label: xLabel, labelAnchor: 'center', labelArrow: 'none' },
    y: { domain: [grid.yMin, grid.yMax], label: yLabel, labelAnchor: 'center', labelArrow: 'none' },
    color: { type: 'linear', domain: colourDomain, range: palette.heat, clamp: true },
    marks: [
      Plot.raster(grid.values, {
        width: grid.resolution,
        height: grid.resolution,
        x1: grid.xMin,
        x2: grid.xMax,
        y1: grid.yMax,
        y2: grid.yMin,
      }),
      Plot.frame({ stroke: palette.border }),
      boundary ? Plot.line(boundary, { stroke: palette.fg, strokeWidth: 2, strokeDasharray: '6 4' }) : null,
      options.contourAt === undefined
        ? null
        : Plot.contour(grid.values, {
          width: grid.resolution,
          height: grid.resolution,
          x1: grid.xMin,
          x2: grid.xMax,
          y1: grid.yMax,
          y2: grid.yMin,
          thresholds: [options.contourAt],
          fill: 'none',
          stroke: palette.fg,
          strokeWidth: 2,
          strokeDasharray: '6 4',
        }),
      ...byClass.map((classPoints, label) =>
        Plot.dot(classPoints, {
          x: 'x',
          y: 'y',
          r: 3.6,
          symbol: CLASS_SYMBOLS[label],
          fill: palette.classColours[label],
          stroke: palette.bg,
          strokeWidth: 0.8,
          }),
      ),
      marker
        ? Plot.dot([marker], { x: 'x', y: 'y', r: 8, stroke: palette.fg, strokeWidth: 2.5, fill: 'none' })
        : null,
      marker ? Plot.dot([marker], { x: 'x', y: 'y', r: 1.8, fill: palette.fg }) : null,
    ],
  });
  return markAsImage(chart, options.ariaLabel) as RenderedPlot;
}
