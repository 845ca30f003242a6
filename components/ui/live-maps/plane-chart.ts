/**
 * What every map over the input plane shares: a square chart with room for the axes, the page's chart
 * style, x and y spanning the grid's square, the grid's raster placed on it, and the data on top as one dot mark per class, each class
 * in its own colour and shape (so shape alone tells the classes apart).
 */
import * as Plot from '@observablehq/plot';
import type { Dataset, GridPrediction, Split } from '../../../lab/index';
import { plotStyle, type ChartPalette } from '../charts/chart-palette';

/** A data point on the plane with its class label. */
export interface LabelledPoint {
  x: number;
  y: number;
  label: number;
}

/** The points of one or more splits of a two-input data set, each with its class label. */
export function labelledPoints(...splits: readonly Split[]): LabelledPoint[] {
  return splits.flatMap((split) => split.xs.map(([x = 0, y = 0], index) => ({ x, y, label: split.ys[index] ?? 0 })));
}

/** Every point of the data set, training and test, with its class. */
export function datasetPoints(dataset: Dataset): LabelledPoint[] {
  return labelledPoints(dataset.train, dataset.test);
}

export const CLASS_SYMBOLS = ['circle', 'triangle', 'square', 'diamond', 'star', 'cross'] as const;
const DEFAULT_AXIS_LABELS: readonly [string, string] = ['x₁', 'x₂'];
const MARGINS = { marginLeft: 40, marginBottom: 36, marginTop: 12, marginRight: 12 } as const;
const DOT_RADIUS = 3.6;
const DOT_OUTLINE_WIDTH = 0.8;

export function planeChartOptions(
  grid: GridPrediction,
  palette: ChartPalette,
  size: number,
  [xLabel, yLabel]: readonly [string, string] = DEFAULT_AXIS_LABELS,
): Plot.PlotOptions {
  return {
    width: size,
    height: size,
    ...MARGINS,
    style: plotStyle(palette),
    x: { domain: [grid.xMin, grid.xMax], label: xLabel, labelAnchor: 'center', labelArrow: 'none' },
    y: { domain: [grid.yMin, grid.yMax], label: yLabel, labelAnchor: 'center', labelArrow: 'none' },
  };
}

/** Where a raster of the grid's cells lies: one pixel per cell over the grid's square, row 0 at the top. */
export function gridRasterPlacement(grid: GridPrediction) {
  return { width: grid.resolution, height: grid.resolution, x1: grid.xMin, x2: grid.xMax, y1: grid.yMax, y2: grid.yMin };
}

/** One dot mark per class, in class order; the chart's own label describes them, so they are hidden from assistive tech. */
export function classDotMarks(points: readonly LabelledPoint[], classColours: readonly string[], palette: ChartPalette): Plot.Markish[] {
  return classColours.map((colour, label) =>
    Plot.dot(points.filter((point) => point.label === label), {
      x: 'x',
      y: 'y',
      r: DOT_RADIUS,
      symbol: CLASS_SYMBOLS[label % CLASS_SYMBOLS.length],
      fill: colour,
      stroke: palette.bg,
      strokeWidth: DOT_OUTLINE_WIDTH,
      ariaHidden: 'true',
    }),
  );
}
