/** The race's own drawing: a titled map panel per racer, its map's look, and the overlaid loss curves. */
import { datasetBounds, type Dataset } from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import { buildChartFigure } from '../../ui/charts/chart-figure';
import { clampWidth, placeholder } from '../../ui/charts/chart-slot';
import { renderLineOverlay, styledSeries } from '../../ui/charts/line-overlay';
import { describeLossCurve } from '../../ui/charts/loss-curve';
import { readSeriesColours } from '../../ui/charts/series-style';
import { seriesSwatch } from '../../ui/charts/series-swatch';
import { thinSeries } from '../../ui/charts/thin';
import { armCaption, type ArmState } from '../../ui/comparison/arm-state';
import type { MapPanel } from '../../ui/comparison/arms-board';
import { sigmoidArmMaps } from '../../ui/comparison/sigmoid-arm-maps';
import { labelledPoints } from '../../ui/live-maps/plane-chart';
import { GRID_RESOLUTION } from './race-config';
import { formatPercent } from './race-summary';

const LOSS_HEIGHT = 220;
const LOSS_MAX_POINTS = 200;

export const racerCaption = (racer: ArmState): string => armCaption(racer, formatPercent);

/** One map figure per racer, titled with its name and its series swatch (the loss curves' key). */
export function buildMapPanels(container: HTMLElement, racers: readonly ArmState[]): Record<string, MapPanel> {
  const panels = racers.map((racer, index) => {
    const panel = buildChartFigure('Waiting for its turn.', racerCaption(racer), '8rem');
    const title = Object.assign(document.createElement('p'), { className: 'map-title' });
    title.append(seriesSwatch(index), racer.label);
    panel.figure.prepend(title);
    return panel;
  });
  container.replaceChildren(...panels.map((panel) => panel.figure));
  return Object.fromEntries(racers.map((racer, index) => [racer.id, panels[index]!]));
}

/** Each racer's map: its latest grid (or the neutral one before it has any) under the test points. */
export function raceMaps(dataset: () => Dataset) {
  return sigmoidArmMaps({
    resolution: GRID_RESOLUTION, size: [150, 260], bounds: () => datasetBounds(dataset()), points: () => labelledPoints(dataset().test),
    describe: (racer) => {
      const background = racer.grid
        ? "Background: the network's probability of arm 2, from orange (arm 1) to blue (arm 2);"
        : 'No model yet, so no background;';
      return `Decision map for ${racerCaption(racer)} ${background} test points on top, arm 1 as circles and arm 2 as triangles.`;
    },
  });
}

/** The racers' loss curves overlaid; `slotWidth` is the chart slot's width, read before the paint changed the page. */
export function drawLossCurves(target: HTMLElement, caption: HTMLElement, racers: readonly ArmState[], slotWidth: number): void {
  const started = racers.flatMap((racer, index) => (racer.history.length > 0 ? [{ racer, index, history: racer.history }] : []));
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
        styledSeries(racer.label, index, thinSeries(history, LOSS_MAX_POINTS).map((row) => ({ x: row.epoch, y: row.loss })), readSeriesColours())),
      xDomain: [0, Math.max(1, racers[0]?.totalEpochs ?? 1)],
      yDomain: [0, top * 1.05],
      xLabel: 'epoch',
      yLabel: 'training loss',
      width: clampWidth(slotWidth, 300, 760),
      height: LOSS_HEIGHT,
      palette: readPalette(),
      ariaLabel: text,
      labelPlacement: 'line-end',
    }),
  );
}
