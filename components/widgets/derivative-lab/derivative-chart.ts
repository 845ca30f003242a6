/**
 * f′ three ways on one chart: the analytic formula as a thick solid line, tf.grad as a dashed line on
 * top of it, the finite difference as hollow circles, and dotted rules at kinks. Style and shape tell
 * the three apart as well as colour.
 */
import * as Plot from '@observablehq/plot';
import type { DerivativeCheck } from '../../../lab/index';
import { plotStyle, type ChartPalette } from '../../ui/charts/chart-palette';
import { formatScientific } from '../../ui/text/scientific';
import { MARKER_EVERY } from './derivative-config';
import { formatX } from './derivative-readout';

/** Gaps smaller than this are thinner than the lines. */
const VISIBLE_GAP = 1e-3;

export interface DerivativeChartOptions {
  check: DerivativeCheck;
  palette: ChartPalette;
  colours: readonly string[];
  width: number;
  height: number;
  title: string;
}

/** The chart's text alternative, with the figures a sighted reader would take from it. */
export function describeDerivativeChart(check: DerivativeCheck, title: string): string {
  const first = check.samples[0];
  const last = check.samples[check.samples.length - 1];
  const range = first && last ? ` from x = ${formatX(first.x)} to ${formatX(last.x)}` : '';
  const kinkList = check.kinks.map(formatX).join(' and ');
  const kinks = check.kinks.length === 0 ? ''
    : check.kinks.length === 1 ? ` The kink at x = ${kinkList} is marked and left out of the check.`
      : ` The kinks at x = ${kinkList} are marked and left out of the check.`;
  const agreement = Math.max(check.automatic.error, check.numerical.error) < VISIBLE_GAP ? 'lie on top of each other' : 'visibly differ';
  return `The derivative of ${title}, computed three ways${range}. The three curves ${agreement}: ` +
    `the largest gap between the formula and tf.grad is ${formatScientific(check.automatic.error)}, ` +
    `and between the formula and the finite difference ${formatScientific(check.numerical.error)}.${kinks}`;
}

export function renderDerivativeChart({ check, palette, colours, width, height, title }: DerivativeChartOptions): SVGSVGElement | HTMLElement {
  const [analyticColour, automaticColour, numericalColour] = colours;
  const markers = check.samples.filter((sample, index) => !sample.nearKink && index % MARKER_EVERY === 0);
  const chart = Plot.plot({
    width,
    height,
    marginLeft: 46,
    marginBottom: 34,
    marginTop: 26,
    style: plotStyle(palette),
    ariaLabel: describeDerivativeChart(check, title),
    x: { label: 'x', labelAnchor: 'right', labelArrow: 'none' },
    y: { label: 'f′(x)', labelArrow: 'none', grid: true, nice: true },
    marks: [
      Plot.ruleY([0], { stroke: palette.border, ariaHidden: 'true' }),
      Plot.ruleX(check.kinks, { stroke: palette.muted, strokeDasharray: '2 3', strokeWidth: 1.5, ariaHidden: 'true' }),
      Plot.line(check.samples, { x: 'x', y: 'analytic', stroke: analyticColour, strokeWidth: 6, strokeOpacity: 0.5, ariaHidden: 'true' }),
      Plot.line(check.samples, { x: 'x', y: 'automatic', stroke: automaticColour, strokeWidth: 2, strokeDasharray: '6 4', ariaHidden: 'true' }),
      Plot.dot(markers, { x: 'x', y: 'numerical', stroke: numericalColour, fill: 'none', strokeWidth: 1.8, r: 4, symbol: 'circle', ariaHidden: 'true' }),
    ],
  });
  chart.setAttribute('role', 'img');
  return chart;
}
