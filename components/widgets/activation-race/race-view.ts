/** The race's drawing: one small decision map per run, the overlaid loss curves and the results table. */
import type { Bounds, EpochMetrics, GridPrediction } from '../../../lab/index';
import type { ChartPalette } from '../../ui/charts/chart-palette';
import { buildChartFigure, type BuiltChartFigure } from '../../ui/charts/chart-figure';
import { clampWidth, placeholder } from '../../ui/charts/chart-slot';
import type { DecisionMapOptions, LabelledPoint } from '../../ui/live-maps/decision-map';
import { renderLineOverlay, styledSeries } from '../../ui/charts/line-overlay';
import { describeLossCurve } from '../../ui/charts/loss-curve';
import { seriesSwatch } from '../../ui/charts/series-swatch';
import { textTableRow } from '../../ui/charts/table-row';
import { thinSeries } from '../../ui/charts/thin';
import { sigmoidMapOptions } from '../../ui/live-maps/sigmoid-map';
import { GRID_RESOLUTION } from './race-config';
import { mapCaption, resultRow, type RacerState } from './race-summary';

const LOSS_HEIGHT = 220;
const LOSS_MAX_POINTS = 200;

/** One map figure per racer, titled with its name and its series swatch (the loss curves' key). */
export function buildMapPanels(container: HTMLElement, racers: readonly RacerState[]): BuiltChartFigure[] {
  const panels = racers.map((racer, index) => {
    const panel = buildChartFigure('Waiting for its turn.', mapCaption(racer), '8rem');
    const title = Object.assign(document.createElement('p'), { className: 'map-title' });
    title.append(seriesSwatch(index), racer.label);
    panel.figure.prepend(title);
    return panel;
  });
  container.replaceChildren(...panels.map((panel) => panel.figure));
  return panels;
}

/**
 * One racer's map: its latest grid, or the neutral one before it has any.
 * `slotWidth`: the panel's width, read before the paint changed the page.
 */
export function mapOptions(slotWidth: number, racer: RacerState, grid: GridPrediction | undefined, bounds: Bounds, points: readonly LabelledPoint[], palette: ChartPalette): DecisionMapOptions {
  const background = grid
    ? "Background: the network's probability of arm 2, from orange (arm 1) to blue (arm 2);"
    : 'No model yet, so no background;';
  return sigmoidMapOptions({
    grid, bounds, resolution: GRID_RESOLUTION, points, palette, size: clampWidth(slotWidth, 150, 260),
    ariaLabel: `Decision map for ${mapCaption(racer)} ${background} test points on top, arm 1 as circles and arm 2 as triangles.`,
  });
}

export interface LossCurves {
  racers: readonly RacerState[];
  histories: readonly (readonly EpochMetrics[])[];
  totalEpochs: number;
  palette: ChartPalette;
  colours: readonly string[];
  /** The chart slot's width, read before the paint changed the page. */
  slotWidth: number;
}

export function drawLossCurves(target: HTMLElement, caption: HTMLElement, { racers, histories, totalEpochs, palette, colours, slotWidth }: LossCurves): void {
  const started = racers.flatMap((racer, index) => (histories[index]!.length > 0 ? [{ racer, index, history: histories[index]! }] : []));
  const text = started.length === 0
    ? 'Training loss by epoch for each activation: no training yet.'
    : `Training loss by epoch for each activation. ${started.map(({ racer, history }) => describeLossCurve(history).replace('Training loss by epoch', racer.label)).join(' ')}`;
  caption.textContent = text;
  if (started.length === 0) {
    target.replaceChildren(placeholder('Press Train to see the loss curves.'));
    return;
  }
  const top = Math.max(0.1, ...started.flatMap(({ history }) => history.map((row) => row.loss).filter(Number.isFinite)));
  target.replaceChildren(
    renderLineOverlay({
      series: started.map(({ racer, index, history }) =>
        styledSeries(racer.label, index, thinSeries(history, LOSS_MAX_POINTS).map((row) => ({ x: row.epoch, y: row.loss })), colours)),
      xDomain: [0, Math.max(1, totalEpochs)],
      yDomain: [0, top * 1.05],
      xLabel: 'epoch',
      yLabel: 'training loss',
      width: clampWidth(slotWidth, 300, 760),
      height: LOSS_HEIGHT,
      palette,
      ariaLabel: text,
      labelPlacement: 'line-end',
    }),
  );
}

export function drawTable(body: HTMLTableSectionElement, racers: readonly RacerState[], target: number): void {
  body.replaceChildren(...racers.map((racer) => textTableRow(resultRow(racer, target))));
}
