/**
 * Several lines on one chart, each in its own colour, dash pattern and end marker, labelled directly
 * at the right edge (no legend to look up). Used for activation curves and for overlaid loss curves.
 */
import * as Plot from '@observablehq/plot';
import { plotStyle, type ChartPalette } from './chart-palette';
import { spreadLabels } from './direct-labels';
import type { SeriesStyle } from './series-style';

export interface OverlayPoint {
  x: number;
  y: number;
}

export interface OverlaySeries {
  label: string;
  points: readonly OverlayPoint[];
  style: SeriesStyle;
  /** The colour behind style.colourVar, read from the page. */
  colour: string;
}

export interface LineOverlayOptions {
  series: readonly OverlaySeries[];
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
  width: number;
  height: number;
  palette: ChartPalette;
  ariaLabel: string;
  /** Room on the right for the direct labels, in pixels. */
  labelWidth?: number;
  /** Draw the x = 0 axis line too (for function plots centred on the origin). */
  verticalZero?: boolean;
}

const DEFAULT_LABEL_WIDTH = 96;
const LABEL_LINE_HEIGHT_PX = 14;
const MARGIN_TOP = 14;
const MARGIN_BOTTOM = 34;
const STROKE_WIDTH = 2.2;

/** The last point whose y is finite, clamped into the visible y range (where the direct label starts). */
function endPoint(points: readonly OverlayPoint[], [lo, hi]: [number, number]): OverlayPoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i]!;
    if (Number.isFinite(point.y)) return { x: point.x, y: Math.min(hi, Math.max(lo, point.y)) };
  }
  return undefined;
}

export function renderLineOverlay(options: LineOverlayOptions): SVGSVGElement | HTMLElement {
  const { series, xDomain, yDomain, palette, width, height } = options;
  const labelWidth = options.labelWidth ?? DEFAULT_LABEL_WIDTH;
  const ends = series.map((entry) => endPoint(entry.points, yDomain));
  const plotHeight = Math.max(1, height - MARGIN_TOP - MARGIN_BOTTOM);
  const gap = ((yDomain[1] - yDomain[0]) * LABEL_LINE_HEIGHT_PX) / plotHeight;
  const labelYs = spreadLabels(ends.map((end) => end?.y ?? yDomain[0]), gap, yDomain);
  const labels = series.flatMap((entry, index) => (ends[index] ? [{ entry, y: labelYs[index]!, x: xDomain[1] }] : []));

  const chart = Plot.plot({
    width,
    height,
    marginLeft: 44,
    marginRight: labelWidth,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    style: plotStyle(palette),
    ariaLabel: options.ariaLabel,
    x: { domain: xDomain, label: options.xLabel, labelAnchor: 'right', labelArrow: 'none' },
    y: { domain: yDomain, label: options.yLabel, labelArrow: 'none', grid: true },
    marks: [
      Plot.ruleY([0], { stroke: palette.muted, strokeOpacity: 0.6 }),
      options.verticalZero ? Plot.ruleX([0], { stroke: palette.muted, strokeOpacity: 0.6 }) : null,
      ...series.map((entry) =>
        Plot.line(entry.points.filter((point) => Number.isFinite(point.y)), {
          x: 'x',
          y: 'y',
          stroke: entry.colour,
          strokeWidth: STROKE_WIDTH,
          strokeDasharray: entry.style.dash || undefined,
          clip: true,
          ariaHidden: 'true',
        }),
      ),
      ...series.map((entry, index) =>
        ends[index]
          ? Plot.dot([ends[index]], { x: 'x', y: 'y', r: 4.5, symbol: entry.style.symbol, fill: entry.colour, stroke: palette.bg, ariaHidden: 'true' })
          : null,
      ),
      ...labels.map(({ entry, x, y }) =>
        Plot.dot([{ x, y }], { x: 'x', y: 'y', dx: 12, r: 4, symbol: entry.style.symbol, fill: entry.colour, stroke: palette.bg, ariaHidden: 'true' }),
      ),
      Plot.text(labels, {
        x: 'x',
        y: 'y',
        text: (label: (typeof labels)[number]) => label.entry.label,
        dx: 20,
        textAnchor: 'start',
        fill: palette.fg,
        fontSize: 12,
        lineWidth: 20,
        ariaHidden: 'true',
      }),
    ],
  });
  chart.setAttribute('role', 'img');
  return chart;
}
