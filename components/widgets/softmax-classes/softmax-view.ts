/**
 * The softmax widget's parts: the class-probability map (drawn once per size, theme and data, then
 * only recoloured), the loss curve and the readout line.
 */
import { datasetBounds, getActivation, type Dataset, type EpochMetrics, type GridPrediction } from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import { clampWidth, placeholder } from '../../ui/charts/chart-slot';
import { describeLossCurve, renderLossCurve } from '../../ui/charts/loss-curve';
import { CLASS_MAP_SYMBOL_NAMES, readClassColours } from '../../ui/live-maps/class-map';
import { describeProbabilityMap } from '../../ui/live-maps/class-probability';
import { createLiveClassProbabilityMap, type LiveClassProbabilityMap } from '../../ui/live-maps/live-class-probability-map';
import { labelledPoints } from '../../ui/live-maps/plane-chart';
import { shortName } from '../../ui/text/activation-names';
import { CLASS_NAMES, GRID_RESOLUTION, type SoftmaxSettings } from './softmax-config';
import { softmaxDataset } from './softmax-plan';

const LOSS_HEIGHT = 170;

export const PARTS = ['readout', 'map', 'loss'] as const;

/** The elements the parts draw into. */
export function softmaxOutlets(find: WidgetElementFinder, root: HTMLElement) {
  const byId = (suffix: string) => find.byId(`${root.id}-${suffix}`);
  return { map: byId('map'), mapCaption: byId('map-caption'), loss: byId('loss'), lossCaption: byId('loss-caption'), readout: find.part('readout') };
}

type SoftmaxOutlets = ReturnType<typeof softmaxOutlets>;

export class SoftmaxView {
  dataset!: Dataset;
  grid?: GridPrediction;
  history: EpochMetrics[] = [];
  latest?: EpochMetrics;
  totalEpochs = 1;
  activationName = '';
  readonly #outlets: SoftmaxOutlets;
  #seed = NaN;
  /** The drawn map and what it was drawn for: a new key (size, theme, data, grid shape) draws it anew. */
  #map?: { live: LiveClassProbabilityMap; key: string };

  constructor(outlets: SoftmaxOutlets, seed: number) {
    this.#outlets = outlets;
    this.useSeed(seed);
  }

  /** The spiral for this seed, made again only when the seed changes. */
  useSeed(seed: number): Dataset {
    if (seed !== this.#seed) [this.#seed, this.dataset] = [seed, softmaxDataset(seed)];
    return this.dataset;
  }

  /** A new run: nothing trained yet. */
  begin(settings: SoftmaxSettings): void {
    [this.activationName, this.totalEpochs] = [shortName(getActivation(settings.activation)), settings.epochs];
    [this.history, this.latest, this.grid] = [[], undefined, undefined];
  }

  #progressText(): string {
    const latest = this.latest;
    if (!latest) return '';
    const accuracy = latest.testAccuracy === undefined ? '' : `, test accuracy ${(latest.testAccuracy * 100).toFixed(1)}%`;
    return `${this.activationName} hidden layers, epoch ${latest.epoch}${accuracy}.`;
  }

  draw(part: string, width: (element: HTMLElement) => number): void {
    const outlets = this.#outlets;
    if (part === 'readout') {
      outlets.readout.textContent = this.#progressText();
    } else if (part === 'map') {
      const size = clampWidth(width(outlets.map), 260, 440);
      if (!this.grid) {
        const cells = GRID_RESOLUTION * GRID_RESOLUTION;
        const empty = { ...datasetBounds(this.dataset), resolution: GRID_RESOLUTION, values: new Float32Array(cells), classes: new Int32Array(cells).fill(-1) };
        this.#paintMap(empty, 'Class-probability map: training is starting.', size);
        return;
      }
      const caption = `Class-probability map: ${this.#progressText()} ${describeProbabilityMap(this.grid, CLASS_NAMES)}`;
      const points = CLASS_NAMES.map((name, index) => `${name} as ${CLASS_MAP_SYMBOL_NAMES[index]}`).join(', ');
      this.#paintMap(this.grid, `${caption} Data points: ${points}.`, size);
      outlets.mapCaption.textContent = caption;
    } else {
      outlets.lossCaption.textContent = describeLossCurve(this.history);
      if (this.history.length === 0) {
        outlets.loss.replaceChildren(placeholder('Press Train to see the loss fall.'));
        return;
      }
      const lossWidth = Math.max(240, width(outlets.loss) || 360);
      outlets.loss.replaceChildren(renderLossCurve({ history: this.history, totalEpochs: this.totalEpochs, palette: readPalette(), width: lossWidth, height: LOSS_HEIGHT }));
    }
  }

  #paintMap(grid: GridPrediction, ariaLabel: string, size: number): void {
    const palette = readPalette();
    const colours = readClassColours(CLASS_NAMES.length);
    const { xMin, xMax, yMin, yMax, resolution } = grid;
    const key = [size, palette.fg, palette.bg, ...colours, this.dataset.id, this.dataset.train.xs[0]?.join(), xMin, xMax, yMin, yMax, resolution].join('|');
    if (this.#map?.key === key) {
      this.#map.live.update(grid, ariaLabel);
      return;
    }
    const live = createLiveClassProbabilityMap({ grid, points: labelledPoints(this.dataset.train, this.dataset.test), classColours: colours, palette, size, ariaLabel });
    this.#map = { live, key };
    this.#outlets.map.replaceChildren(live.element);
  }
}
