/**
 * The regression half of the bias race: the noisy training points, the true line, and the line each
 * model fitted, labelled at their right ends. A plus marks the origin, which the bias-free line
 * always passes through.
 */
import * as Plot from '@observablehq/plot';
import type { Line } from '../../../lab/index';
import { plotStyle, type ChartPalette } from '../../ui/charts/chart-palette';
import { markAsImage } from '../../ui/charts/plot-image';
import { spreadLabels } from '../../ui/charts/direct-labels';
import type { SeriesStyle } from '../../ui/charts/series-style';

export interface FittedLine {
  label: string;
  line: Line;
  style: SeriesStyle;
  colour: string;
}

export interface LineChartOptions {
  points: readonly { x: number; y: number }[];
  truth: Line;
  fitted: readonly FittedLine[];
  xDomain: [number, number];
  palette: ChartPalette;
  width: number;
  height: number;
  ariaLabel: string;
}

const LABEL_ROOM = 104;
const Y_MARGIN = 0.5;
const MARGIN_TOP = 20;
const MARGIN_BOTTOM = 34;
const LABEL_LINE_HEIGHT_PX = 15;

const ends = ({ w, b }: Line, [x0, x1]: [number, number]) => [{ x: x0, y: w * x0 + b }, { x: x1, y: w * x1 + b }];

export function renderLineChart(options: LineChartOptions): SVGSVGElement | HTMLElement {
  const { points, truth, fitted, xDomain, palette } = options;
  const lines = fitted.map((entry) => ({ ...entry, segment: ends(entry.line, xDomain) }));
  const ys = [0, ...points.map((point) => point.y), ...lines.flatMap((entry) => entry.segment.map((point) => point.y))];
  const yDomain: [number, number] = [Math.min(...ys) - Y_MARGIN, Math.max(...ys) + Y_MARGIN];
  const labelled = [...lines.map((entry) => ({ ...entry.segment[1]!, text: entry.label })), { ...ends(truth, xDomain)[1]!, text: 'true line' }];
  const gap = ((yDomain[1] - yDomain[0]) * LABEL_LINE_HEIGHT_PX) / Math.max(1, options.height - MARGIN_TOP - MARGIN_BOTTOM);
  const spread = spreadLabels(labelled.map((label) => label.y), gap, yDomain);
  const labels = labelled.map((label, index) => ({ ...label, y: spread[index]! }));
  const chart = Plot.plot({
    width: options.width,
    height: options.height,
    marginLeft: 40,
    marginRight: LABEL_ROOM,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    style: plotStyle(palette),
    x: { domain: xDomain, label: 'x', labelAnchor: 'right', labelArrow: 'none' },
    y: { domain: yDomain, label: 'y', labelArrow: 'none', grid: true },
    marks: [
      Plot.ruleY([0], { stroke: palette.muted, strokeOpacity: 0.6, ariaHidden: 'true' }),
      Plot.ruleX([0], { stroke: palette.muted, strokeOpacity: 0.6, ariaHidden: 'true' }),
      Plot.dot(points, { x: 'x', y: 'y', r: 2.4, fill: palette.muted, fillOpacity: 0.7, ariaHidden: 'true' }),
      Plot.line(ends(truth, xDomain), { x: 'x', y: 'y', stroke: palette.fg, strokeWidth: 1.2, strokeDasharray: '2 3', ariaHidden: 'true' }),
      ...lines.map((entry) =>
        Plot.line(entry.segment, {
          x: 'x', y: 'y', stroke: entry.colour, strokeWidth: 2.4, strokeDasharray: entry.style.dash || undefined, ariaHidden: 'true',
        }),
      ),
      ...lines.map((entry) =>
        Plot.dot(entry.segment.slice(1), { x: 'x', y: 'y', r: 4.5, symbol: entry.style.symbol, fill: entry.colour, stroke: palette.bg, ariaHidden: 'true' }),
      ),
      Plot.text(labels, { x: 'x', y: 'y', text: 'text', dx: 10, textAnchor: 'start', fill: palette.fg, fontSize: 12, ariaHidden: 'true' }),
      Plot.dot([{ x: 0, y: 0 }], { x: 'x', y: 'y', r: 6, symbol: 'plus', stroke: palette.fg, strokeWidth: 2, ariaHidden: 'true' }),
    ],
  });
  return markAsImage(chart, options.ariaLabel);
}
