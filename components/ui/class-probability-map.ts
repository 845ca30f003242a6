/**
 * A k-class model's output over the plane: each cell in the colour of its winning class, more opaque
 * the surer the model is, with the data on top, one shape per class (circle, triangle, square), so
 * neither colour nor opacity alone carries the meaning.
 */
import * as Plot from '@observablehq/plot';
import type { GridPrediction } from '../../lab/types';
import { plotStyle, type ChartPalette } from './chart-palette';
import { confidenceOpacity } from './class-probability';
import type { LabelledPoint, RenderedPlot } from './decision-map';

export const MULTI_CLASS_SYMBOLS = ['circle', 'triangle', 'square', 'diamond', 'star', 'cross'] as const;

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
  const [xLabel, yLabel] = options.axisLabels ?? ['x₁', 'x₂'];
  const cells = Array.from({ length: grid.values.length }, (_, i) => i);
  const chart = Plot.plot({
    width: size,
    height: size,
    marginLeft: 40,
    marginBottom: 36,
    marginTop: 12,
    marginRight: 12,
    style: plotStyle(palette),
    ariaLabel: options.ariaLabel,
    x: { domain: [grid.xMin, grid.xMax], label: xLabel, labelAnchor: 'center', labelArrow: 'none' },
    y: { domain: [grid.yMin, grid.yMax], label: yLabel, labelAnchor: 'center', labelArrow: 'none' },
    marks: [
      Plot.raster(cells, {
        width: grid.resolution,
        height: grid.resolution,
        x1: grid.xMin,
        x2: grid.xMax,
        y1: grid.yMax,
        y2: grid.yMin,
        fill: (i: number) => classColours[winners[i]!] ?? palette.muted,
        fillOpacity: (i: number) => confidenceOpacity(grid.values[i]!, classes),
        ariaHidden: 'true',
      }),
      Plot.frame({ stroke: palette.border, ariaHidden: 'true' }),
      ...classColours.map((colour, label) =>
        Plot.dot(points.filter((point) => point.label === label), {
          x: 'x',
          y: 'y',
          r: 3.6,
          symbol: MULTI_CLASS_SYMBOLS[label % MULTI_CLASS_SYMBOLS.length],
          fill: colour,
          stroke: palette.bg,
          strokeWidth: 0.8,
          ariaHidden: 'true',
        }),
      ),
    ],
  });
  chart.setAttribute('role', 'img');
  return chart as RenderedPlot;
}
