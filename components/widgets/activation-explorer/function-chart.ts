/**
 * The f and f′ charts of the activation explorer and the β explorer: curves over x, told apart by
 * series style and labelled at the right edge. Their colours are the page's CSS variables, so a chart
 * follows the theme by itself, in the page and when drawn at build time (FunctionFigure.astro).
 */
import type { ChartPalette } from '../../ui/charts/chart-palette';
import { renderLineOverlay } from '../../ui/charts/line-overlay';
import { seriesStyle } from '../../ui/charts/series-style';

export interface FunctionCurve {
  label: string;
  xs: readonly number[];
  ys: readonly number[];
}

/** One chart as plain data; curve i takes series style i. */
export interface FunctionChart {
  curves: readonly FunctionCurve[];
  xDomain: readonly [number, number];
  yDomain: [number, number];
  yLabel: string;
  /** The chart's text alternative, also shown as its caption. */
  caption: string;
  /** Room on the right for the direct labels, in pixels. */
  labelWidth: number;
}

const HEIGHT = 250;
const MIN_WIDTH = 270;
const MAX_WIDTH = 520;
/** The build-time chart's width; the page scales it to its column until the live one replaces it. */
export const STATIC_WIDTH = 340;

const CSS_PALETTE: ChartPalette = {
  fg: 'var(--fg)', muted: 'var(--fg-muted)', bg: 'var(--bg)', border: 'var(--border)', accent: 'var(--accent)',
  classColours: ['var(--c2)', 'var(--c1)'], heat: ['var(--c2)', 'var(--bg)', 'var(--c1)'],
};

export function renderFunctionChart(chart: FunctionChart, width: number, document?: Document): SVGSVGElement | HTMLElement {
  return renderLineOverlay({
    series: chart.curves.map((curve, index) => {
      const style = seriesStyle(index);
      return { label: curve.label, style, colour: `var(${style.colourVar})`, points: curve.xs.map((x, i) => ({ x, y: curve.ys[i]! })) };
    }),
    xDomain: [chart.xDomain[0], chart.xDomain[1]],
    yDomain: chart.yDomain,
    xLabel: 'x',
    yLabel: chart.yLabel,
    width: Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width || MAX_WIDTH))),
    height: HEIGHT,
    palette: CSS_PALETTE,
    ariaLabel: chart.caption,
    labelWidth: chart.labelWidth,
    verticalZero: true,
    document,
  });
}

/** Draws the chart into `slot` at the slot's width and writes its caption. */
export function drawFunctionChart(slot: { chart: HTMLElement; caption: HTMLElement }, chart: FunctionChart): void {
  slot.chart.replaceChildren(renderFunctionChart(chart, slot.chart.clientWidth));
  slot.caption.textContent = chart.caption;
}
