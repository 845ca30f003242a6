/**
 * The capacity widget's charts and table. Both charts are line overlays with training loss as series
 * 0 (solid, circles) and test loss as series 1 (dashed, squares): the sweep, final losses by width on a
 * doubling axis (a rule at the lowest test loss, a ring at the width shown), and the chosen width's
 * losses by epoch.
 */
import * as Plot from '@observablehq/plot';
import type { CapacityRun, LossPoint } from '../../../lab/index';
import type { ChartPalette } from '../../ui/charts/chart-palette';
import { clampWidth, placeholder } from '../../ui/charts/chart-slot';
import { renderLineOverlay, styledSeries, type OverlaySeries } from '../../ui/charts/line-overlay';
import { textTableRow } from '../../ui/charts/table-row';
import { thinSeries } from '../../ui/charts/thin';
import { formatFixed, formatPercent } from '../../ui/text/number-format';
import type { CapacityState } from './capacity-state';

const CURVES_HEIGHT = 240;
const CURVES_MAX_POINTS = 200;
const SWEEP_HEIGHT = 250;
const LABEL_WIDTH = 72;
const LOSSES = [{ key: 'trainLoss', label: 'training' }, { key: 'testLoss', label: 'test' }] as const;

type Losses = Pick<LossPoint, 'trainLoss' | 'testLoss'>;

export interface LossChart {
  palette: ChartPalette;
  colours: readonly string[];
  ariaLabel: string;
  /** The slot's width, read before the paint changed the page. */
  slotWidth: number;
}

function lossSeries<Row extends Losses>(rows: readonly Row[], x: (row: Row) => number, { colours }: LossChart): OverlaySeries[] {
  return LOSSES.map(({ key, label }, index) => styledSeries(label, index, rows.map((row) => ({ x: x(row), y: row[key] })), colours));
}

/** A little above the largest finite loss. */
function lossTop(rows: readonly Losses[], headroom: number): number {
  return Math.max(0.1, ...rows.flatMap((row) => [row.trainLoss, row.testLoss]).filter(Number.isFinite)) * headroom;
}

export function drawCurves(target: HTMLElement, curve: readonly LossPoint[], totalEpochs: number, chart: LossChart): void {
  if (curve.length === 0) {
    target.replaceChildren(placeholder('No loss curves for this width yet.'));
    return;
  }
  const thinned = thinSeries(curve, CURVES_MAX_POINTS);
  target.replaceChildren(renderLineOverlay({
    series: lossSeries(thinned, (point) => point.epoch, chart),
    xDomain: [0, Math.max(1, totalEpochs)],
    yDomain: [0, lossTop(thinned, 1.05)],
    xLabel: 'epoch',
    yLabel: 'loss',
    width: Math.max(280, chart.slotWidth || 480),
    height: CURVES_HEIGHT,
    palette: chart.palette,
    ariaLabel: chart.ariaLabel,
    labelWidth: LABEL_WIDTH,
  }));
}

export interface Sweep {
  runs: readonly CapacityRun[];
  widths: readonly number[];
  bestWidth: number | undefined;
  selectedWidth: number;
}

export function drawSweep(target: HTMLElement, { runs, widths, bestWidth, selectedWidth }: Sweep, chart: LossChart): void {
  const { palette } = chart;
  const finite = runs.filter((run) => Number.isFinite(run.trainLoss) && Number.isFinite(run.testLoss));
  const selected = finite.find((run) => run.width === selectedWidth);
  const hidden = { ariaHidden: 'true' };
  const best = bestWidth === undefined ? [] : [
    Plot.ruleX([bestWidth], { stroke: palette.muted, strokeDasharray: '2 3', ...hidden }),
    Plot.text(['lowest test loss'], { x: () => bestWidth, frameAnchor: 'top', dy: -7, fill: palette.fg, fontSize: 11, ...hidden }),
  ];
  const ring = selected ? LOSSES.map(({ key }) => ({ x: selected.width, y: selected[key] })) : [];
  target.replaceChildren(renderLineOverlay({
    series: lossSeries(finite, (run) => run.width, chart),
    xDomain: [widths[0]!, widths[widths.length - 1]!],
    xScale: { type: 'log', base: 2, ticks: [...widths], tickFormat: (width: number) => String(width) },
    yDomain: [0, lossTop(finite, 1.08)],
    xLabel: 'units per hidden layer',
    yLabel: 'final loss',
    width: clampWidth(chart.slotWidth, 300, 760),
    height: SWEEP_HEIGHT,
    palette,
    ariaLabel: chart.ariaLabel,
    labelWidth: LABEL_WIDTH,
    labelPlacement: 'line-end',
    markEveryPoint: true,
    background: [...best, Plot.dot(ring, { x: 'x', y: 'y', r: 9, stroke: palette.fg, strokeWidth: 2, fill: 'none', ...hidden })],
  }));
}

export function drawTable(body: HTMLTableSectionElement, state: CapacityState): void {
  body.replaceChildren(...state.widths.map((width, index) => {
    const run = state.runs[index];
    const reading = state.summary?.readings[index];
    const status = state.live?.index === index ? 'training…' : run ? (run.status === 'diverged' ? 'diverged' : reading ?? '–') : 'not trained';
    const numbers = run && run.status !== 'diverged'
      ? [formatFixed(run.trainLoss, 3), formatFixed(run.testLoss, 3), formatPercent(run.testAccuracy)]
      : ['–', '–', '–'];
    const row = textTableRow([String(width), ...numbers, status]);
    if (index === state.selected) row.setAttribute('aria-current', 'true');
    return row;
  }));
}

/** Points the width slider at one of the widths and says which, for eyes and for screen readers. */
export function showWidthChoice(slider: HTMLInputElement, output: HTMLElement, widths: readonly number[], index: number): void {
  slider.max = String(widths.length - 1);
  slider.value = String(index);
  const text = `${widths[index]} units`;
  slider.setAttribute('aria-valuetext', text);
  output.textContent = text;
}
