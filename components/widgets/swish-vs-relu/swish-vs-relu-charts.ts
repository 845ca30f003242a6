/**
 * The learned β values: with one β per layer, a marker per seed on a row per layer; with one β per
 * unit, a histogram per layer. A dashed rule marks the starting value β = 1 in both.
 */
import * as Plot from '@observablehq/plot';
import type { BetaSharing } from '../../../lab/index';
import { plotStyle, type ChartPalette } from '../../ui/charts/chart-palette';
import { markAsImage } from '../../ui/charts/plot-image';
import { seriesStyle } from '../../ui/charts/series-style';
import type { BetaLayerSpread } from './swish-vs-relu-summary';

const ROW_HEIGHT = 56;
const HISTOGRAM_HEIGHT = 120;
const MARGIN_TOP = 10;
const MARGIN_BOTTOM = 36;
const MARGIN_LEFT = 70;
const MARGIN_RIGHT = 20;
/** Room right of the histograms for their layer names. */
const FACET_LABEL_WIDTH = 64;
const SEED_SPREAD = 0.45;
const MIN_SPAN = 0.5;
const HISTOGRAM_BINS = 20;
/** The trained arm's series style in the accuracy chart, so β markers match it. */
const TRAINED_STYLE = 2;

export interface BetaChartOptions {
  spreads: readonly BetaLayerSpread[];
  sharing: BetaSharing;
  initialBeta: number;
  palette: ChartPalette;
  colours: readonly string[];
  width: number;
  ariaLabel: string;
}

function betaDomain(spreads: readonly BetaLayerSpread[], initialBeta: number): [number, number] {
  let lo = Math.min(initialBeta, ...spreads.map((spread) => spread.min));
  let hi = Math.max(initialBeta, ...spreads.map((spread) => spread.max));
  if (hi - lo < MIN_SPAN) {
    const middle = (lo + hi) / 2;
    lo = middle - MIN_SPAN / 2;
    hi = middle + MIN_SPAN / 2;
  }
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

export function renderBetaChart(options: BetaChartOptions): SVGSVGElement | HTMLElement {
  const { spreads, palette, colours, width, initialBeta } = options;
  const colour = colours[TRAINED_STYLE % colours.length] ?? palette.fg;
  const domain = betaDomain(spreads, initialBeta);
  const start = Plot.ruleX([initialBeta], { stroke: palette.muted, strokeDasharray: '4 3', strokeWidth: 1.5, ariaHidden: 'true' });
  const x = { domain, label: 'trained β (dashed line: the start, β = 1)', labelAnchor: 'right' as const, labelArrow: 'none' as const, grid: true };
  /** Size, margins, style and β axis: the same in both forms but for the height of a layer's row and the room on the right. */
  const frame = (rowHeight: number, marginRight: number) => ({
    width, height: MARGIN_TOP + MARGIN_BOTTOM + rowHeight * Math.max(1, spreads.length), marginLeft: MARGIN_LEFT, marginRight,
    marginTop: MARGIN_TOP, marginBottom: MARGIN_BOTTOM, style: plotStyle(palette), x,
  });
  if (options.sharing === 'layer') {
    const points = spreads.flatMap((spread, row) =>
      spread.values.map((beta, k) => ({ beta, row: row + (spread.values.length > 1 ? (k / (spread.values.length - 1) - 0.5) * SEED_SPREAD : 0) })),
    );
    const chart = Plot.plot({
      ...frame(ROW_HEIGHT, MARGIN_RIGHT),
      y: {
        domain: [spreads.length - 0.5, -0.5],
        ticks: spreads.map((_, index) => index),
        tickFormat: (index: number) => `layer ${spreads[index]?.layer ?? ''}`,
        tickSize: 0,
        label: null,
      },
      marks: [
        start,
        Plot.dot(points, { x: 'beta', y: 'row', r: 4.5, symbol: seriesStyle(TRAINED_STYLE).symbol, stroke: colour, strokeWidth: 1.6, fill: 'none', ariaHidden: 'true' }),
      ],
    });
    return markAsImage(chart, options.ariaLabel);
  }
  const values = spreads.flatMap((spread) => spread.values.map((beta) => ({ beta, layer: `layer ${spread.layer}` })));
  const chart = Plot.plot({
    ...frame(HISTOGRAM_HEIGHT, FACET_LABEL_WIDTH),
    y: { label: 'units', labelArrow: 'none', grid: true },
    fy: { label: null, axis: 'right', tickFormat: (layer: string) => layer },
    marks: [
      Plot.rectY(values, { ...Plot.binX({ y: 'count' }, { x: { value: 'beta', thresholds: HISTOGRAM_BINS, domain } }), fy: 'layer', fill: colour, fillOpacity: 0.75, stroke: palette.bg, inset: 0.5, ariaHidden: 'true' }),
      Plot.ruleY([0], { stroke: palette.muted, ariaHidden: 'true' }),
      start,
    ],
  });
  return markAsImage(chart, options.ariaLabel);
}
