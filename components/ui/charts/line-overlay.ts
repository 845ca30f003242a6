/**
 * Several lines on one chart, each in its own colour, dash pattern and end marker, labelled directly
 * at the right edge (no legend to look up). Used for activation curves, overlaid loss curves, a
 * sweep's losses by width (log axis, a marker on every point) and fitted lines over their data.
 */
import * as Plot from '@observablehq/plot';
import { plotStyle, type ChartPalette } from './chart-palette';
import { spreadLabels } from './direct-labels';
import { markAsImage } from './plot-image';
import { seriesStyle, type SeriesStyle } from './series-style';

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

/** Series `index` of a chart in its shared style, with the page's colour for it (`colours` as readSeriesColours gives them). */
export function styledSeries(label: string, index: number, points: readonly OverlayPoint[], colours: readonly string[]): OverlaySeries {
  return { label, points, style: seriesStyle(index), colour: colours[index % colours.length] ?? 'currentColor' };
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
  /**
   * 'right-edge' (default) lines all labels up at the right edge; 'line-end' puts each label where its
   * line stops, for series of different lengths (runs that ended early).
   */
  labelPlacement?: 'right-edge' | 'line-end';
  /** The document to draw into (default: the page's; at build time, a linkedom one). */
  document?: Document;
  /** More x- and y-scale options, e.g. a log axis with its own ticks, or percent ticks. */
  xScale?: Plot.ScaleOptions;
  yScale?: Plot.ScaleOptions;
  /** A marker on every point, not only at each line's end (for a few measured points). */
  markEveryPoint?: boolean;
  /** Marks drawn under the lines: the data behind them, reference rules, a highlighted point. */
  background?: Plot.Markish[];
}

const DEFAULT_LABEL_WIDTH = 96;
const LABEL_LINE_HEIGHT_PX = 14;
/** Rough width of one character of a 12 px label, for guessing when a label wraps. */
const LABEL_CHAR_WIDTH_PX = 6.6;
const LABEL_INDENT_PX = 22;
const MARGIN_TOP = 14;
const MARGIN_LEFT = 44;
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

/** Indices of ends whose labels could touch: within one label width of each other along x. */
function clustersByX(ends: readonly (OverlayPoint | undefined)[], span: number): number[][] {
  const order = ends.flatMap((end, index) => (end ? [index] : [])).sort((a, b) => ends[a]!.x - ends[b]!.x);
  const clusters: number[][] = [];
  for (const index of order) {
    const last = clusters[clusters.length - 1];
    if (last && ends[index]!.x - ends[last[last.length - 1]!]!.x < span) last.push(index);
    else clusters.push([index]);
  }
  return clusters;
}

/** Where each series' label goes, in data units; undefined for series with nothing to show. */
function placeLabels(options: LineOverlayOptions, ends: readonly (OverlayPoint | undefined)[], labelWidth: number): (OverlayPoint | undefined)[] {
  const { xDomain, yDomain, width, height } = options;
  const plotHeight = Math.max(1, height - MARGIN_TOP - MARGIN_BOTTOM);
  const plotWidth = Math.max(1, width - MARGIN_LEFT - labelWidth);
  const lines = Math.max(1, ...options.series.map((entry) => Math.ceil((entry.label.length * LABEL_CHAR_WIDTH_PX) / (labelWidth - LABEL_INDENT_PX))));
  const gap = ((yDomain[1] - yDomain[0]) * LABEL_LINE_HEIGHT_PX * lines) / plotHeight;
  const atEnds = options.labelPlacement === 'line-end';
  const span = atEnds ? ((xDomain[1] - xDomain[0]) * labelWidth) / plotWidth : Infinity;
  const placed: (OverlayPoint | undefined)[] = ends.map(() => undefined);
  for (const cluster of clustersByX(ends, span)) {
    const ys = spreadLabels(cluster.map((index) => ends[index]!.y), gap, yDomain);
    cluster.forEach((index, rank) => {
      placed[index] = { x: atEnds ? ends[index]!.x : xDomain[1], y: ys[rank]! };
    });
  }
  return placed;
}

export function renderLineOverlay(options: LineOverlayOptions): SVGSVGElement | HTMLElement {
  const { series, xDomain, yDomain, palette, width, height } = options;
  const labelWidth = options.labelWidth ?? DEFAULT_LABEL_WIDTH;
  const ends = series.map((entry) => endPoint(entry.points, yDomain));
  const positions = placeLabels(options, ends, labelWidth);
  const atEdge = options.labelPlacement !== 'line-end';
  const labels = series.flatMap((entry, index) => {
    const position = positions[index];
    return position ? [{ entry, ...position }] : [];
  });

  const chart = Plot.plot({
    document: options.document,
    width,
    height,
    marginLeft: MARGIN_LEFT,
    marginRight: labelWidth,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    style: plotStyle(palette),
    x: { domain: xDomain, label: options.xLabel, labelAnchor: 'right', labelArrow: 'none', ...options.xScale },
    y: { domain: yDomain, label: options.yLabel, labelArrow: 'none', grid: true, ...options.yScale },
    marks: [
      Plot.ruleY([0], { stroke: palette.muted, strokeOpacity: 0.6, ariaHidden: 'true' }),
      options.verticalZero ? Plot.ruleX([0], { stroke: palette.muted, strokeOpacity: 0.6, ariaHidden: 'true' }) : null,
      ...(options.background ?? []),
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
      ...series.map((entry, index) => {
        const marked = options.markEveryPoint ? entry.points.filter((point) => Number.isFinite(point.y)) : [ends[index]];
        return ends[index]
          ? Plot.dot(marked, { x: 'x', y: 'y', r: 4.5, symbol: entry.style.symbol, fill: entry.colour, stroke: palette.bg, ariaHidden: 'true' })
          : null;
      }),
      ...(atEdge
        ? labels.map(({ entry, x, y }) =>
            Plot.dot([{ x, y }], { x: 'x', y: 'y', dx: 12, r: 4, symbol: entry.style.symbol, fill: entry.colour, stroke: palette.bg, ariaHidden: 'true' }),
          )
        : []),
      Plot.text(labels, {
        x: 'x',
        y: 'y',
        text: (label: (typeof labels)[number]) => label.entry.label,
        dx: atEdge ? 20 : 9,
        textAnchor: 'start',
        fill: palette.fg,
        fontSize: 12,
        lineWidth: (labelWidth - LABEL_INDENT_PX) / 12,
        ariaHidden: 'true',
      }),
    ],
  });
  return markAsImage(chart, options.ariaLabel);
}
