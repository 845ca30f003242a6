/**
 * Training-loss curves of many runs on one chart (log scale): colour and a marker shape per
 * activation, one line per run, with a key and a text description of what the chart shows.
 */
import * as Plot from '@observablehq/plot';
import { type HistoryPoint, spreadOf } from '../../../lab/index';
import { plotStyle, type ChartPalette } from '../../ui/charts/chart-palette';
import { CURVE_COLOUR_VARIABLES, CURVE_SYMBOLS } from './bench-options';

/** Marker shapes drawn along each line (besides its colour). */
export const MARKERS_PER_LINE = 6;
const KEY_STYLE = { fontSize: '0.85rem', fontFamily: 'inherit' };

export interface CurveSeries {
  runId: string;
  /** The activation label; lines with the same label share colour and shape. */
  label: string;
  points: readonly HistoryPoint[];
}

interface Row {
  run: string;
  activation: string;
  epoch: number;
  loss: number;
}

export function curveColours(element: Element = document.documentElement): string[] {
  const style = getComputedStyle(element);
  return CURVE_COLOUR_VARIABLES.map((name) => style.getPropertyValue(name).trim());
}

function labelsOf(series: readonly CurveSeries[]): string[] {
  return [...new Set(series.map((line) => line.label))];
}

/** "Training loss, log scale, 4 runs: relu (2 runs) final loss mean 0.061; tanh (2 runs) final loss mean 0.070." */
export function describeCurves(series: readonly CurveSeries[]): string {
  if (series.length === 0) return 'Training loss curves: no runs yet.';
  const parts = labelsOf(series).map((label) => {
    const lines = series.filter((line) => line.label === label);
    const finals = lines.map((line) => line.points.at(-1)?.loss).filter((loss): loss is number => loss !== undefined);
    const mean = spreadOf(finals)?.mean;
    const runs = `${lines.length} run${lines.length === 1 ? '' : 's'}`;
    return mean === undefined ? `${label} (${runs})` : `${label} (${runs}) final loss mean ${mean.toFixed(3)}`;
  });
  return `Training loss by epoch, log scale, ${series.length} run${series.length === 1 ? '' : 's'}: ${parts.join('; ')}.`;
}

function markerRows(rows: readonly Row[]): Row[] {
  if (rows.length <= MARKERS_PER_LINE) return rows.slice();
  const stride = (rows.length - 1) / (MARKERS_PER_LINE - 1);
  return Array.from({ length: MARKERS_PER_LINE }, (_, i) => rows[Math.round(i * stride)]!);
}

export interface CurveChart {
  chart: SVGSVGElement | HTMLElement;
  key: HTMLElement | SVGSVGElement | undefined;
}

export function renderCurves(series: readonly CurveSeries[], palette: ChartPalette, colours: string[], width: number, height: number): CurveChart {
  const labels = labelsOf(series);
  const perRun = series.map((line) => line.points
    .filter((point) => Number.isFinite(point.loss) && point.loss > 0)
    .map((point): Row => ({ run: line.runId, activation: line.label, epoch: point.epoch, loss: point.loss })));
  const rows = perRun.flat();
  const maxEpoch = Math.max(1, ...rows.map((row) => row.epoch));
  const chart = Plot.plot({
    width,
    height,
    marginLeft: 52,
    marginBottom: 34,
    style: plotStyle(palette),
    ariaLabel: describeCurves(series),
    x: { domain: [0, maxEpoch], label: 'epoch', labelAnchor: 'right', labelArrow: 'none' },
    y: { type: 'log', label: 'training loss (log scale)', labelArrow: 'none', grid: true, tickFormat: '~g' },
    color: { domain: labels, range: labels.map((_, i) => colours[i % colours.length]!) },
    symbol: { domain: labels, range: labels.map((_, i) => CURVE_SYMBOLS[i % CURVE_SYMBOLS.length]!) },
    // The chart's own aria-label describes it; the marks' default labels ("line", "dot") add nothing.
    marks: [
      Plot.line(rows, { x: 'epoch', y: 'loss', z: 'run', stroke: 'activation', strokeWidth: 1.6, strokeOpacity: 0.85, ariaHidden: 'true' }),
      Plot.dot(perRun.flatMap(markerRows), { x: 'epoch', y: 'loss', symbol: 'activation', fill: 'activation', stroke: 'activation', r: 3.5, ariaHidden: 'true' }),
    ],
  });
  chart.setAttribute('role', 'img');
  const key = labels.length > 0 ? chart.legend('symbol', { style: KEY_STYLE }) : undefined;
  return { chart, key };
}
