/** A training-loss chart: one line over the epochs, thinned so it costs the same at epoch 5 and 5,000. */
import * as Plot from '@observablehq/plot';
import type { EpochMetrics } from '../../../lab/index';
import { plotStyle, type ChartPalette } from './chart-palette';
import { thinSeries } from './thin';
import { markAsImage } from './plot-image';

export const LOSS_CURVE_MAX_POINTS = 300;

export interface LossCurveOptions {
  history: readonly EpochMetrics[];
  totalEpochs: number;
  palette: ChartPalette;
  width: number;
  height: number;
}

/** The chart's text alternative, with the numbers a sighted reader would read off it. */
export function describeLossCurve(history: readonly EpochMetrics[]): string {
  if (history.length === 0) return 'Training loss by epoch: no training yet.';
  const first = history[0];
  const last = history[history.length - 1];
  if (history.length === 1) return `Training loss by epoch: ${first.loss.toFixed(3)} at epoch ${first.epoch}.`;
  return `Training loss by epoch: ${first.loss.toFixed(3)} at epoch ${first.epoch}, ${last.loss.toFixed(3)} at epoch ${last.epoch}.`;
}

export function renderLossCurve({ history, totalEpochs, palette, width, height }: LossCurveOptions): SVGSVGElement | HTMLElement {
  const points = thinSeries(history.filter((row) => Number.isFinite(row.loss)), LOSS_CURVE_MAX_POINTS);
  const top = Math.max(0.1, ...points.map((row) => row.loss)) * 1.05;
  const chart = Plot.plot({
    width,
    height,
    marginLeft: 44,
    marginBottom: 34,
    style: plotStyle(palette),
    x: { domain: [0, Math.max(1, totalEpochs)], label: 'epoch', labelAnchor: 'right', labelArrow: 'none' },
    y: { domain: [0, top], label: 'loss', labelArrow: 'none', grid: true, nice: true },
    marks: [
      Plot.ruleY([0], { stroke: palette.border, ariaHidden: 'true' }),
      Plot.line(points, { x: 'epoch', y: 'loss', stroke: palette.accent, strokeWidth: 2, ariaHidden: 'true' }),
      Plot.dot(points.slice(-1), { x: 'epoch', y: 'loss', fill: palette.accent, r: 3, ariaHidden: 'true' }),
    ],
  });
  return markAsImage(chart, describeLossCurve(history));
}
