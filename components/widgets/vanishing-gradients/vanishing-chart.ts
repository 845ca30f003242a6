/**
 * ‖∂L/∂W_l‖ per hidden layer on a log scale: for each layer a hatched bar for the gradient at
 * initialisation and a solid bar for the latest measurement, side by side. Pattern and position tell
 * the two apart, not only colour.
 */
import * as Plot from '@observablehq/plot';
import type { GradientSnapshot } from '../../../lab/index';
import { plotStyle, type ChartPalette } from '../../ui/charts/chart-palette';
import { formatScientific, tenToThe } from '../../ui/text/scientific';

const MARGIN_LEFT = 56;
const MARGIN_RIGHT = 16;
/** Space around each layer's pair of bars, as a fraction of the step between layers. */
const BAND_PADDING = 0.2;
/** Pixels between a layer's two bars. */
const BAR_GAP = 2;

interface Bar {
  layer: number;
  norm: number;
}

export interface GradientChartOptions {
  initial: GradientSnapshot;
  latest: GradientSnapshot;
  palette: ChartPalette;
  nowColour: string;
  width: number;
  height: number;
  /** The hatch that fills the bars at initialisation: the chart key's SVG pattern (Plot has no mark for one), so key and bars match. */
  patternId: string;
  title: string;
}

function bars(snapshot: GradientSnapshot): Bar[] {
  return snapshot.norms.map((norm, index) => ({ layer: index + 1, norm }));
}

/** Powers of ten around the data, so bars start from a common floor on the log axis. */
function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length === 0) return [1e-8, 1];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  return [lo, hi === lo ? hi * 10 : hi];
}

/** 10⁻⁴ for 0.0001: every tick on the log axis written the same way. */
const powerOfTen = (value: number): string => tenToThe(Math.round(Math.log10(value)));

/** Powers of ten from lo to hi, every other one when there are many. */
function decadeTicks(lo: number, hi: number): number[] {
  const first = Math.round(Math.log10(lo));
  const last = Math.round(Math.log10(hi));
  const stride = last - first > 6 ? 2 : 1;
  const ticks: number[] = [];
  for (let power = last; power >= first; power -= stride) ticks.push(10 ** power);
  return ticks;
}

function listNorms(snapshot: GradientSnapshot): string {
  return snapshot.norms.map((norm, index) => `layer ${index + 1} ${formatScientific(norm)}`).join(', ');
}

/** The visible caption: what the bars are, without the numbers (the readout and the chart's label carry those). */
export function gradientCaption(latest: GradientSnapshot, title: string): string {
  const now = latest.epoch === 0 ? '' : `, solid bars after epoch ${latest.epoch}`;
  return `‖∂L/∂W‖ for each hidden layer, ${title}, on a log scale: hatched bars at initialisation${now}.`;
}

export function describeGradientChart(initial: GradientSnapshot, latest: GradientSnapshot, title: string): string {
  const now = latest.epoch === 0 ? '' : ` After epoch ${latest.epoch}: ${listNorms(latest)}.`;
  return `Gradient norm of each hidden layer's weights for ${title}, log scale. At initialisation: ${listNorms(initial)}.${now}`;
}

/**
 * Left half of each layer's band for the bar at initialisation, right half for the latest one: two
 * insets on one band scale draw the pairs without Plot facets, which cost a chart per layer.
 */
function halfBandInset(width: number, layers: number): number {
  const step = (width - MARGIN_LEFT - MARGIN_RIGHT) / (layers + BAND_PADDING);
  return (step * (1 - BAND_PADDING) + BAR_GAP) / 2;
}

export function renderGradientChart(options: GradientChartOptions): SVGSVGElement | HTMLElement {
  const { initial, latest, palette, nowColour, width, height, patternId, title } = options;
  const atInit = bars(initial);
  const now = latest.epoch > 0 ? bars(latest) : [];
  const [floor, ceiling] = logDomain([...atInit, ...now].map((bar) => bar.norm));
  const inset = halfBandInset(width, initial.norms.length);
  const chart = Plot.plot({
    width,
    height,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    marginBottom: 38,
    marginTop: 28,
    style: plotStyle(palette),
    ariaLabel: describeGradientChart(initial, latest, title),
    x: { type: 'band', domain: initial.norms.map((_, index) => index + 1), padding: BAND_PADDING, round: false,
      label: 'hidden layer', labelAnchor: 'center', labelArrow: 'none', tickSize: 0 },
    y: { type: 'log', domain: [floor, ceiling], label: '‖∂L/∂W‖', labelArrow: 'none', grid: true,
      ticks: decadeTicks(floor, ceiling), tickFormat: powerOfTen },
    marks: [
      Plot.barY(atInit, {
        x: 'layer', y1: floor, y2: 'norm', insetRight: inset, fill: `url(#${patternId})`, stroke: palette.muted, strokeWidth: 1.2, ariaHidden: 'true',
      }),
      Plot.barY(now, { x: 'layer', y1: floor, y2: 'norm', insetLeft: inset, fill: nowColour, ariaHidden: 'true' }),
    ],
  });
  chart.setAttribute('role', 'img');
  return chart;
}
