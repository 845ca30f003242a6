/** The capacity widget's drawing: the sweep chart, the chosen width's map and loss curves, and the results table. */
import type { CapacityRun, FitReading, LossPoint, Bounds, Dataset, GridPrediction } from '../../../lab/index';
import { GRID_RESOLUTION } from './capacity-config';
import type { ChartPalette } from '../../ui/charts/chart-palette';
import type { DecisionMapOptions, LabelledPoint } from '../../ui/live-maps/decision-map';
import { renderLineOverlay } from '../../ui/charts/line-overlay';
import { formatFixed, formatPercent } from '../../ui/text/number-format';
import { seriesStyle } from '../../ui/charts/series-style';
import { thinSeries } from '../../ui/charts/thin';
import { renderSweepChart, SERIES, type SweepChartOptions } from './capacity-sweep-chart';

const MAP_MIN_SIZE = 200;
const MAP_MAX_SIZE = 280;
const CURVES_HEIGHT = 240;
const CURVES_MAX_POINTS = 200;
const SIGMOID_COLOUR_DOMAIN: [number, number, number] = [0, 0.5, 1];
const SWEEP_HEIGHT = 250;
const SWEEP_MIN_WIDTH = 300;
const SWEEP_MAX_WIDTH = 760;

export function trainingPoints(dataset: Dataset): LabelledPoint[] {
  return dataset.train.xs.map(([x = 0, y = 0], index) => ({ x, y, label: dataset.train.ys[index] ?? 0 }));
}

/**
 * An untrained map: every cell at the neutral 0.5, so only the training points show. It has the
 * sampled grids' resolution, so the first grid of a run only recolours it.
 */
export function neutralGrid(bounds: Bounds): GridPrediction {
  return { ...bounds, resolution: GRID_RESOLUTION, values: new Float32Array(GRID_RESOLUTION * GRID_RESOLUTION).fill(0.5) };
}

function placeholder(text: string): HTMLElement {
  return Object.assign(document.createElement('p'), { className: 'placeholder', textContent: text });
}

export function mapOptions(
  /** The slot's width, read before the paint changed the page. */
  slotWidth: number,
  grid: GridPrediction,
  points: readonly LabelledPoint[],
  palette: ChartPalette,
  ariaLabel: string,
  withBoundary: boolean,
): DecisionMapOptions {
  const size = Math.round(Math.max(MAP_MIN_SIZE, Math.min(MAP_MAX_SIZE, slotWidth || MAP_MAX_SIZE)));
  return { grid, points, colourDomain: SIGMOID_COLOUR_DOMAIN, palette, size, ...(withBoundary ? { contourAt: 0.5 } : {}), ariaLabel };
}

export function drawCurves(
  target: HTMLElement,
  curve: readonly LossPoint[],
  totalEpochs: number,
  palette: ChartPalette,
  colours: readonly string[],
  ariaLabel: string,
  /** The slot's width, read before the paint changed the page. */
  slotWidth: number,
): void {
  if (curve.length === 0) {
    target.replaceChildren(placeholder('No loss curves for this width yet.'));
    return;
  }
  const thinned = thinSeries(curve, CURVES_MAX_POINTS);
  const top = Math.max(0.1, ...thinned.flatMap((point) => [point.trainLoss, point.testLoss]).filter(Number.isFinite)) * 1.05;
  const width = Math.max(280, slotWidth || 480);
  target.replaceChildren(
    renderLineOverlay({
      series: SERIES.map(({ key, label }, index) => ({
        label,
        style: seriesStyle(index),
        colour: colours[index] ?? palette.fg,
        points: thinned.map((point) => ({ x: point.epoch, y: point[key] })),
      })),
      xDomain: [0, Math.max(1, totalEpochs)],
      yDomain: [0, top],
      xLabel: 'epoch',
      yLabel: 'loss',
      width,
      height: CURVES_HEIGHT,
      palette,
      ariaLabel,
      labelWidth: 72,
    }),
  );
}

export interface TableRow {
  width: number;
  run?: CapacityRun;
  reading?: FitReading;
  training: boolean;
}

export function drawTable(body: HTMLTableSectionElement, rows: readonly TableRow[], selectedWidth: number): void {
  body.replaceChildren(
    ...rows.map(({ width, run, reading, training }) => {
      const tr = document.createElement('tr');
      if (width === selectedWidth) tr.setAttribute('aria-current', 'true');
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = String(width);
      const status = training ? 'training…' : run ? (run.status === 'diverged' ? 'diverged' : reading ?? '–') : 'not trained';
      const cells = run && run.status !== 'diverged'
        ? [formatFixed(run.trainLoss, 3), formatFixed(run.testLoss, 3), formatPercent(run.testAccuracy), status]
        : ['–', '–', '–', status];
      tr.append(name, ...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })));
      return tr;
    }),
  );
}

/** The sweep chart at the slot's width (read before the paint changed the page). */
export function drawSweep(slot: HTMLElement, slotWidth: number, options: Omit<SweepChartOptions, 'width' | 'height'>): void {
  const width = Math.min(SWEEP_MAX_WIDTH, Math.max(SWEEP_MIN_WIDTH, slotWidth || SWEEP_MAX_WIDTH));
  slot.replaceChildren(renderSweepChart({ ...options, width, height: SWEEP_HEIGHT }));
}
