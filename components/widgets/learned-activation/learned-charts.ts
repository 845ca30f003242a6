/**
 * The traced run's pictures: the learned function g(x) of every hidden layer on [−4, 4] beside the
 * equal mix it started from, and each layer's coefficients over the epochs, one labelled line per base
 * function. Base functions keep the same colour, dash and marker in every chart.
 */
import { baseFunctionLabel, sampleMix, SHAPE_RANGE, type BaseFunctionId } from '../../../lab/index';
import type { ChartPalette } from '../../ui/charts/chart-palette';
import { renderLineOverlay, styledSeries } from '../../ui/charts/line-overlay';
import { thinSeries } from '../../ui/charts/thin';
import { LABEL_WIDTH, SHAPE_CHART_HEIGHT, TRACE_CHART_HEIGHT } from './learned-config';

/** The equal mix every layer starts from is drawn in the last style (long dashes, cross). */
const START_STYLE = 5;
const TRACE_MAX_POINTS = 120;

export interface CoefficientSnapshot {
  epoch: number;
  /** One row per hidden layer. */
  coefficients: number[][];
}

function domainOf(values: readonly number[], minSpan: number): [number, number] {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (hi - lo < minSpan) hi = lo + minSpan;
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

/** Series style per base function; identity avoids style 0, which the learned network uses in the other charts. */
const BASE_STYLES: Readonly<Record<BaseFunctionId, number>> = { identity: 3, relu: 1, tanh: 2, sigmoid: 4, swish: 5 };

/** What both charts are drawn with. */
interface ChartFrame {
  bases: readonly BaseFunctionId[];
  palette: ChartPalette;
  colours: readonly string[];
  width: number;
  ariaLabel: string;
}

export function renderShapeChart(options: ChartFrame & { start: readonly number[]; layers: readonly (readonly number[])[] }): SVGSVGElement | HTMLElement {
  const { bases, palette, colours } = options;
  const toPoints = (coefficients: readonly number[]) => sampleMix(bases, coefficients).map(({ x, y }) => ({ x, y }));
  const series = [
    ...options.layers.map((row, index) => styledSeries(`layer ${index + 1}`, index, toPoints(row), colours)),
    styledSeries('start', START_STYLE, toPoints(options.start), colours),
  ];
  return renderLineOverlay({
    series,
    xDomain: [SHAPE_RANGE[0], SHAPE_RANGE[1]],
    yDomain: domainOf(series.flatMap((entry) => entry.points.map((point) => point.y)), 2),
    xLabel: 'x',
    yLabel: 'g(x)',
    width: options.width,
    height: SHAPE_CHART_HEIGHT,
    palette,
    ariaLabel: options.ariaLabel,
    labelWidth: LABEL_WIDTH,
    verticalZero: true,
  });
}

type TraceChart = ChartFrame & { layer: number; trace: readonly CoefficientSnapshot[]; totalEpochs: number };

export function renderTraceChart(options: TraceChart): SVGSVGElement | HTMLElement {
  const { bases, layer, palette, colours } = options;
  const trace = thinSeries(options.trace, TRACE_MAX_POINTS);
  const series = bases.map((id, k) => {
    const points = trace.map((snapshot) => ({ x: snapshot.epoch, y: snapshot.coefficients[layer]?.[k] ?? NaN }));
    return styledSeries(baseFunctionLabel(id), BASE_STYLES[id], points, colours);
  });
  return renderLineOverlay({
    series,
    xDomain: [0, Math.max(1, options.totalEpochs)],
    yDomain: domainOf(series.flatMap((entry) => entry.points.map((point) => point.y)), 1),
    xLabel: 'epoch',
    yLabel: `layer ${layer + 1}: cᵢ`,
    width: options.width,
    height: TRACE_CHART_HEIGHT,
    palette,
    ariaLabel: options.ariaLabel,
    labelWidth: LABEL_WIDTH,
    labelPlacement: 'line-end',
  });
}
