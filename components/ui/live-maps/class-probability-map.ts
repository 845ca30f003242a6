/**
 * A k-class model's output over the plane: each cell in the colour of its winning class, more opaque
 * the surer the model is, with the data on top, one shape per class (circle, triangle, square), so
 * neither colour nor opacity alone carries the meaning.
 */
import * as Plot from '@observablehq/plot';
import type { GridPrediction } from '../../../lab/index';
import type { ChartPalette } from '../charts/chart-palette';
import { confidenceOpacity } from './class-probability';
import type { LabelledPoint, RenderedPlot } from './decision-map';
import { classDotMarks, gridRasterPlacement, planeChartOptions } from './plane-chart';

export interface ClassProbabilityMapOptions {
  grid: GridPrediction;
  points: readonly LabelledPoint[];
  /** One colour per class, in class order. */
  classColours: readonly string[];
  palette: ChartPalette;
  size: number;
  ariaLabel: string;
  axisLabels?: [string, string];
}

export function renderClassProbabilityMap(options: ClassProbabilityMapOptions): RenderedPlot {
  const { grid, points, classColours, palette, size } = options;
  if (!grid.classes) throw new Error('renderClassProbabilityMap needs a softmax grid (with classes).');
  const winners = grid.classes;
  const classes = classColours.length;
  const cells = Array.from({ length: grid.values.length }, (_, i) => i);
  const chart = Plot.plot({
    ...planeChartOptions(grid, palette, size, options.axisLabels),
    ariaLabel: options.ariaLabel,
    marks: [
      Plot.raster(cells, {
        ...gridRasterPlacement(grid),
        fill: (i: number) => classColours[winners[i]!] ?? palette.muted,
        fillOpacity: (i: number) => confidenceOpacity(grid.values[i]!, classes),
        ariaHidden: 'true',
      }),
      Plot.frame({ stroke: palette.border, ariaHidden: 'true' }),
      ...classDotMarks(points, classColours, palette),
    ],
  });
  chart.setAttribute('role', 'img');
  return chart as RenderedPlot;
}
