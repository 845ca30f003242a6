/**
 * Final training and test loss against width, on a doubling (log₂) axis: the capacity picture.
 * Training loss is series 0 (solid, circles), test loss series 1 (dashed, squares), each labelled at
 * its last point; a rule marks the width with the lowest test loss and a ring the width being shown.
 */
import * as Plot from '@observablehq/plot';
import type { CapacityRun } from '../../../lab/index';
import { plotStyle, type ChartPalette } from '../../ui/charts/chart-palette';
import { spreadLabels } from '../../ui/charts/direct-labels';
import { markAsImage } from '../../ui/charts/plot-image';
import { seriesStyle } from '../../ui/charts/series-style';

export interface SweepChartOptions {
  runs: readonly CapacityRun[];
  widths: readonly number[];
  bestWidth?: number;
  selectedWidth: number;
  palette: ChartPalette;
  colours: readonly string[];
  width: number;
  height: number;
  ariaLabel: string;
}

const MARGIN_TOP = 22;
const MARGIN_BOTTOM = 36;
const LABEL_ROOM = 72;
const LABEL_LINE_HEIGHT_PX = 15;
export const SERIES = [
  { key: 'trainLoss', label: 'training' },
  { key: 'testLoss', label: 'test' },
] as const;

export function renderSweepChart(options: SweepChartOptions): SVGSVGElement | HTMLElement {
  const { runs, widths, palette, colours } = options;
  const finite = runs.filter((run) => Number.isFinite(run.trainLoss) && Number.isFinite(run.testLoss));
  const top = Math.max(0.1, ...finite.flatMap((run) => [run.trainLoss, run.testLoss])) * 1.08;
  const series = SERIES.map(({ key, label }, index) => ({
    label,
    style: seriesStyle(index),
    colour: colours[index] ?? palette.fg,
    points: finite.map((run) => ({ x: run.width, y: run[key] })),
  }));
  const last = series.map((entry) => entry.points[entry.points.length - 1]);
  const gap = (top * LABEL_LINE_HEIGHT_PX) / Math.max(1, options.height - MARGIN_TOP - MARGIN_BOTTOM);
  const labelYs = spreadLabels(last.map((point) => point?.y ?? 0), gap, [0, top]);
  const labels = series.flatMap((entry, index) => (last[index] ? [{ x: last[index]!.x, y: labelYs[index]!, text: entry.label }] : []));
  const selected = finite.find((run) => run.width === options.selectedWidth);

  const chart = Plot.plot({
    width: options.width,
    height: options.height,
    marginLeft: 44,
    marginRight: LABEL_ROOM,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    style: plotStyle(palette),
    x: { type: 'log', base: 2, domain: [widths[0]!, widths[widths.length - 1]!], ticks: [...widths], tickFormat: (d: number) => String(d), label: 'units per hidden layer', labelAnchor: 'right', labelArrow: 'none' },
    y: { domain: [0, top], label: 'final loss', labelArrow: 'none', grid: true },
    marks: [
      Plot.ruleY([0], { stroke: palette.muted, strokeOpacity: 0.6, ariaHidden: 'true' }),
      options.bestWidth === undefined ? null : Plot.ruleX([options.bestWidth], { stroke: palette.muted, strokeDasharray: '2 3', ariaHidden: 'true' }),
      options.bestWidth === undefined
        ? null
        : Plot.text([{ x: options.bestWidth, text: 'lowest test loss' }], { x: 'x', frameAnchor: 'top', dy: -12, text: 'text', fill: palette.fg, fontSize: 11, ariaHidden: 'true' }),
      ...series.map((entry) =>
        Plot.line(entry.points, { x: 'x', y: 'y', stroke: entry.colour, strokeWidth: 2.2, strokeDasharray: entry.style.dash || undefined, ariaHidden: 'true' }),
      ),
      ...series.map((entry) =>
        Plot.dot(entry.points, { x: 'x', y: 'y', r: 4, symbol: entry.style.symbol, fill: entry.colour, stroke: palette.bg, ariaHidden: 'true' }),
      ),
      selected
        ? Plot.dot(SERIES.map(({ key }) => ({ x: selected.width, y: selected[key] })), { x: 'x', y: 'y', r: 9, stroke: palette.fg, strokeWidth: 2, fill: 'none', ariaHidden: 'true' })
        : null,
      Plot.text(labels, { x: 'x', y: 'y', text: 'text', dx: 12, textAnchor: 'start', fill: palette.fg, fontSize: 12, ariaHidden: 'true' }),
    ],
  });
  return markAsImage(chart, options.ariaLabel);
}
