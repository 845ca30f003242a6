/**
 * A map for more than two classes: a background raster (any output over the plane) with the data on
 * top, class k drawn with its own shape and Okabe–Ito colour, so shape alone tells the classes apart.
 * Classes 0 and 1 look as they do in decision-map.ts; later classes take --c3, --c4, … and new shapes.
 */
import * as Plot from '@observablehq/plot';
import type { GridPrediction } from '../../../lab/index';
import type { ChartPalette } from '../charts/chart-palette';
import { markAsImage } from '../charts/plot-image';
import type { LabelledPoint, RenderedPlot } from './decision-map';
import type { Segment } from '../charts/line-segment';
import { CLASS_SYMBOLS, classDotMarks, gridRasterPlacement, planeChartOptions } from './plane-chart';

export const CLASS_MAP_SYMBOL_NAMES = ['circles', 'triangles', 'squares', 'diamonds', 'stars', 'crosses'] as const;
const CLASS_COLOUR_VARIABLES = ['--c2', '--c1', '--c3', '--c4', '--c5', '--c6'] as const;
export const MAX_MAP_CLASSES = CLASS_SYMBOLS.length;

/** The colour of each class, read from the page so it follows the theme. */
export function readClassColours(count: number, element: Element = document.documentElement): string[] {
  if (count < 1 || count > MAX_MAP_CLASSES) throw new Error(`class-map: 1 to ${MAX_MAP_CLASSES} classes, got ${count}.`);
  const style = getComputedStyle(element);
  return CLASS_COLOUR_VARIABLES.slice(0, count).map((name) => style.getPropertyValue(name).trim());
}

export interface ClassMapOptions {
  grid: GridPrediction;
  points: readonly LabelledPoint[];
  classColours: readonly string[];
  /** Background colours: output values and the colours they map to (linear between them). */
  background: { domain: number[]; range: string[] };
  palette: ChartPalette;
  size: number;
  ariaLabel: string;
  boundary?: Segment;
}

export function renderClassMap(options: ClassMapOptions): RenderedPlot {
  const { grid, points, classColours, background, palette, size, boundary } = options;
  const chart = Plot.plot({
    ...planeChartOptions(grid, palette, size),
    color: { type: 'linear', domain: background.domain, range: background.range, clamp: true },
    marks: [
      Plot.raster(grid.values, {
        ...gridRasterPlacement(grid),
        ariaHidden: 'true',
      }),
      Plot.frame({ stroke: palette.border }),
      boundary ? Plot.line(boundary, { stroke: palette.fg, strokeWidth: 2, strokeDasharray: '6 4', ariaHidden: 'true' }) : null,
      ...classDotMarks(points, classColours, palette),
    ],
  });
  return markAsImage(chart, options.ariaLabel) as RenderedPlot;
}
