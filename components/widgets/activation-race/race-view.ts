/** The race's drawing: one small decision map per run, the overlaid loss curves and the results table. */
import type { Bounds, EpochMetrics, GridPrediction } from '../../../lab/index';
import type { ChartPalette } from '../../ui/charts/chart-palette';
import { clampWidth, placeholder } from '../../ui/charts/chart-slot';
import type { DecisionMapOptions, LabelledPoint } from '../../ui/live-maps/decision-map';
import { renderLineOverlay, styledSeries } from '../../ui/charts/line-overlay';
import { describeLossCurve } from '../../ui/charts/loss-curve';
import { seriesSwatch } from '../../ui/charts/series-swatch';
import { textTableRow } from '../../ui/charts/table-row';
import { thinSeries } from '../../ui/charts/thin';
import { sigmoidMapOptions } from '../../ui/live-maps/sigmoid-map';
import { GRID_RESOLUTION } from './race-config';
import { formatPercent, resultRow, type RacerState } from './race-summary';

const LOSS_HEIGHT = 220;
const LOSS_MAX_POINTS = 200;

export interface MapPanel {
  figure: HTMLElement;
  map: HTMLElement;
  caption: HTMLElement;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function buildMapPanels(container: HTMLElement, racers: readonly RacerState[]): MapPanel[] {
  const panels = racers.map((racer, index) => {
    const figure = element('figure');
    const title = element('p', 'map-title');
    title.append(seriesSwatch(index), racer.label);
    const map = element('div', 'map');
    map.append(placeholder('Waiting for its turn.'));
    const caption = element('figcaption', undefined, mapCaption(racer));
    figure.append(title, map, caption);
    return { figure, map, caption };
  });
  container.replaceChildren(...panels.map((panel) => panel.figure));
  return panels;
}

export function mapCaption(racer: RacerState): string {
  const accuracy = racer.testAccuracy === undefined ? '' : `, test accuracy ${formatPercent(racer.testAccuracy)}`;
  switch (racer.phase) {
    case 'waiting':
    case 'skipped':
      return `${racer.label}: not trained yet.`;
    case 'running':
      return `${racer.label}: epoch ${racer.epoch}${accuracy}.`;
    default:
      return `${racer.label} after ${racer.epoch} epochs${accuracy}.`;
  }
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

export function drawLossCurves(
  target: HTMLElement,
  caption: HTMLElement,
  racers: readonly RacerState[],
  histories: readonly (readonly EpochMetrics[])[],
  totalEpochs: number,
  palette: ChartPalette,
  colours: readonly string[],
  /** The chart slot's width, read before the paint changed the page. */
  slotWidth: number,
): void {
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
  body.replaceChildren(...racers.map((racer) => {
    const row = resultRow(racer, target);
    return textTableRow([row.activation, row.accuracy, row.loss, row.epochs, row.time, row.result]);
  }));
}
