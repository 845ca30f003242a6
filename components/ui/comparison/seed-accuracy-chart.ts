/**
 * Test accuracy of several arms over several seeds: one row per arm, a hollow marker per seed (spread
 * a little vertically so equal values stay visible), and the mean with a bar of ± one standard
 * deviation. Each arm keeps its series colour and marker shape; the row label names it.
 */
import * as Plot from '@observablehq/plot';
import { plotStyle, type ChartPalette } from '../charts/chart-palette';
import { markAsImage } from '../charts/plot-image';
import { seriesStyle } from '../charts/series-style';
import type { LabelledSummary } from './seed-accuracy';

export interface SeedAccuracyChartOptions {
  summaries: readonly LabelledSummary[];
  /** Series index (colour, marker) per arm, in the same order. */
  styleIndex?: readonly number[];
  palette: ChartPalette;
  colours: readonly string[];
  width: number;
  ariaLabel: string;
}

const ROW_HEIGHT = 46;
const MARGIN_TOP = 8;
const MARGIN_BOTTOM = 36;
const MARGIN_LEFT = 150;
const MARGIN_RIGHT = 20;
/** Vertical spread of the seed markers within a row, in row units. */
const SEED_SPREAD = 0.5;
const MIN_SPAN = 0.02;
/** Half the height of the caps at the ends of the ± sd bar, in row units. */
const CAP_HALF_HEIGHT = 0.14;

interface SeedPoint {
  row: number;
  accuracy: number;
  arm: number;
}

function xDomain(summaries: readonly LabelledSummary[]): [number, number] {
  const values = summaries.flatMap((summary) => summary.accuracies);
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < MIN_SPAN) {
    const middle = (hi + lo) / 2;
    lo = middle - MIN_SPAN / 2;
    hi = middle + MIN_SPAN / 2;
  }
  const pad = (hi - lo) * 0.12;
  return [Math.max(0, lo - pad), Math.min(1, hi + pad)];
}

export function renderSeedAccuracyChart(options: SeedAccuracyChartOptions): SVGSVGElement | HTMLElement {
  const { summaries, palette, colours, width } = options;
  const styleOf = (arm: number) => seriesStyle(options.styleIndex?.[arm] ?? arm);
  const colourOf = (arm: number) => colours[(options.styleIndex?.[arm] ?? arm) % colours.length] ?? palette.fg;
  const seeds: SeedPoint[] = summaries.flatMap((summary, arm) => {
    const count = summary.accuracies.length;
    return summary.accuracies.map((accuracy, k) => ({
      arm,
      accuracy,
      row: arm + (count > 1 ? (k / (count - 1) - 0.5) * SEED_SPREAD : 0),
    }));
  });
  const means = summaries.flatMap((summary, arm) => (summary.mean === null ? [] : [{ arm, row: arm, mean: summary.mean, sd: summary.sd ?? 0 }]));
  const chart = Plot.plot({
    width,
    height: MARGIN_TOP + MARGIN_BOTTOM + ROW_HEIGHT * Math.max(1, summaries.length),
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    style: plotStyle(palette),
    x: { domain: xDomain(summaries), label: 'test accuracy', labelAnchor: 'right', labelArrow: 'none', tickFormat: (value: number) => `${Math.round(value * 1000) / 10}%`, grid: true, ticks: 5 },
    y: {
      domain: [summaries.length - 0.5, -0.5],
      ticks: summaries.map((_, index) => index),
      tickFormat: (index: number) => summaries[index]?.label ?? '',
      tickSize: 0,
      label: null,
    },
    marks: [
      ...summaries.map((_, arm) =>
        Plot.dot(seeds.filter((point) => point.arm === arm), {
          x: 'accuracy', y: 'row', r: 4, symbol: styleOf(arm).symbol, stroke: colourOf(arm), strokeWidth: 1.5, fill: 'none', ariaHidden: 'true',
        }),
      ),
      Plot.ruleY(means, { y: 'row', x1: (m: (typeof means)[number]) => m.mean - m.sd, x2: (m: (typeof means)[number]) => m.mean + m.sd, stroke: palette.fg, strokeWidth: 2, ariaHidden: 'true' }),
      ...[-1, 1].map((side) =>
        Plot.ruleX(means, {
          x: (m: (typeof means)[number]) => m.mean + side * m.sd,
          y1: (m: (typeof means)[number]) => m.row - CAP_HALF_HEIGHT,
          y2: (m: (typeof means)[number]) => m.row + CAP_HALF_HEIGHT,
          stroke: palette.fg,
          strokeWidth: 1.5,
          ariaHidden: 'true',
        }),
      ),
      Plot.dot(means, { x: 'mean', y: 'row', r: 5.5, symbol: (m: (typeof means)[number]) => styleOf(m.arm).symbol, fill: (m: (typeof means)[number]) => colourOf(m.arm), stroke: palette.fg, strokeWidth: 1.2, ariaHidden: 'true' }),
    ],
  });
  return markAsImage(chart, options.ariaLabel);
}
