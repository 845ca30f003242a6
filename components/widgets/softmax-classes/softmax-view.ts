/**
 * The softmax widget's own drawing: the class-probability map (drawn once per size, theme and data,
 * then only recoloured), its caption, the readout line and the loss curve, all from its one arm.
 */
import { datasetBounds, type Dataset, type GridPrediction } from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import { placeholder } from '../../ui/charts/chart-slot';
import { describeLossCurve, renderLossCurve } from '../../ui/charts/loss-curve';
import type { ArmState } from '../../ui/comparison/arm-state';
import type { MapPanel } from '../../ui/comparison/arms-board';
import { CLASS_MAP_SYMBOL_NAMES, readClassColours } from '../../ui/live-maps/class-map';
import { describeProbabilityMap } from '../../ui/live-maps/class-probability';
import { createLiveClassProbabilityMap, type LiveClassProbabilityMap } from '../../ui/live-maps/live-class-probability-map';
import { labelledPoints } from '../../ui/live-maps/plane-chart';
import { CLASS_NAMES, GRID_RESOLUTION } from './softmax-config';

const LOSS_HEIGHT = 170;
const STARTING = 'Class-probability map: training is starting.';

/** The readout: the arm's hidden activation, its epoch and test accuracy (nothing before it trains). */
export function readoutText(arm: ArmState | undefined): string {
  if (!arm || arm.phase === 'waiting') return '';
  const accuracy = arm.testAccuracy === undefined ? '' : `, test accuracy ${(arm.testAccuracy * 100).toFixed(1)}%`;
  return `${arm.label} hidden layers, epoch ${arm.epoch}${accuracy}.`;
}

export function mapCaption(arm: ArmState): string {
  return arm.grid ? `Class-probability map: ${readoutText(arm)} ${describeProbabilityMap(arm.grid, CLASS_NAMES)}` : STARTING;
}

/** Draws the arm's map into its panel `size` pixels wide: its latest grid, or an empty one before the first. */
export function classMaps(dataset: () => Dataset, size: (chart: HTMLElement) => number) {
  /** The drawn map and what it was drawn for: a new key (size, theme, data, grid shape) draws it anew. */
  let drawn: { live: LiveClassProbabilityMap; key: string } | undefined;
  return (arm: ArmState, panel: MapPanel): void => {
    const cells = GRID_RESOLUTION * GRID_RESOLUTION;
    const grid: GridPrediction = arm.grid ?? { ...datasetBounds(dataset()), resolution: GRID_RESOLUTION, values: new Float32Array(cells), classes: new Int32Array(cells).fill(-1) };
    const points = CLASS_NAMES.map((name, index) => `${name} as ${CLASS_MAP_SYMBOL_NAMES[index]}`).join(', ');
    const ariaLabel = arm.grid ? `${mapCaption(arm)} Data points: ${points}.` : STARTING;
    const [palette, colours, width, data] = [readPalette(), readClassColours(CLASS_NAMES.length), size(panel.chart), dataset()];
    const { xMin, xMax, yMin, yMax, resolution } = grid;
    const key = [width, palette.fg, palette.bg, ...colours, data.id, data.train.xs[0]?.join(), xMin, xMax, yMin, yMax, resolution].join('|');
    if (drawn?.key === key) {
      drawn.live.update(grid, ariaLabel);
      return;
    }
    const live = createLiveClassProbabilityMap({ grid, points: labelledPoints(data.train, data.test), classColours: colours, palette, size: width, ariaLabel });
    drawn = { live, key };
    panel.chart.replaceChildren(live.element);
  };
}

export function drawLoss(chart: HTMLElement, caption: HTMLElement, arm: ArmState | undefined, width: number): void {
  const history = arm?.history ?? [];
  caption.textContent = describeLossCurve(history);
  if (!arm || history.length === 0) {
    chart.replaceChildren(placeholder('Press Train to see the loss fall.'));
    return;
  }
  chart.replaceChildren(renderLossCurve({ history, totalEpochs: arm.totalEpochs, palette: readPalette(), width: Math.max(240, width || 360), height: LOSS_HEIGHT }));
}
