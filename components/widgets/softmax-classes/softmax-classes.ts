/**
 * The softmax widget's module, loaded when the widget nears the screen. Train reads the controls,
 * trains through lab/ and repaints the class-probability map, the loss curve and the readout at a
 * capped rate.
 */
import { getActivation, datasetBounds, type Dataset, type EpochMetrics, type GridPrediction, yieldToEventLoop } from '../../../lab/index';
import { shortName } from '../../ui/activation-names';
import { onThemeChange, readPalette, type ChartPalette } from '../../ui/chart-palette';
import { createLiveClassProbabilityMap, type LiveClassProbabilityMap } from '../../ui/live-class-probability-map';
import { describeProbabilityMap } from '../../ui/class-probability';
import type { LabelledPoint } from '../../ui/decision-map';
import { DemoStateController } from '../../ui/demo-state';
import { describeLossCurve, renderLossCurve } from '../../ui/loss-curve';
import { readNumberField } from '../../ui/number-field';
import { createRepaintScheduler } from '../../ui/repaint';
import { prepareBackend, startLeakCheck } from '../../ui/tf-backend';
import { watchWidths, type WidthWatch } from '../../ui/width-watch';
import { CLASS_COLOUR_VARS, CLASS_NAMES, GRID_RESOLUTION } from './softmax-config';
import { findSoftmaxElements, readSoftmaxSettings, type SoftmaxElements } from './softmax-dom';
import { softmaxDataset, trainSoftmax, type SoftmaxSettings } from './softmax-training';

const MAP_MIN_SIZE = 260;
const MAP_MAX_SIZE = 440;
const LOSS_HEIGHT = 170;
const LOSS_PLACEHOLDER = 'Press Train to see the loss fall.';
const SHAPES = ['circles', 'triangles', 'squares'] as const;
/** Repaints per second while training: the map only recolours its raster, but the eye needs no more. */
const PAINTS_PER_SECOND = 6;
/** While training, the loss curve (a full chart render) is redrawn at most this often; fully at the end. */
const LOSS_REDRAW_INTERVAL_MS = 250;

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  const elements = findSoftmaxElements(root);
  elements.activation.dataset.lockWhileRunning = '';
  new SoftmaxWidget(elements, demo).start();
}

function classColours(): string[] {
  const style = getComputedStyle(document.documentElement);
  return CLASS_COLOUR_VARS.map((name) => style.getPropertyValue(name).trim());
}

function allPoints(dataset: Dataset): LabelledPoint[] {
  return [dataset.train, dataset.test].flatMap((split) => split.xs.map(([x = 0, y = 0], index) => ({ x, y, label: split.ys[index] ?? 0 })));
}

class SoftmaxWidget {
  readonly #el: SoftmaxElements;
  readonly #demo: DemoStateController;
  readonly #repaint = createRepaintScheduler(() => this.#paint(), { maxPerSecond: PAINTS_PER_SECOND });
  #palette: ChartPalette = readPalette();
  #colours = classColours();
  #dataset: Dataset;
  #datasetSeed: number;
  #grid?: GridPrediction;
  #history: EpochMetrics[] = [];
  #latest?: EpochMetrics;
  #totalEpochs = 1;
  #activationName = '';
  /** The drawn map and what it was drawn for: a new key (size, theme, data, grid shape) draws it anew. */
  #map?: { live: LiveClassProbabilityMap; key: string };
  #lossDrawnAt = -Infinity;
  #lossFinal = true;
  #widths?: WidthWatch;

  constructor(elements: SoftmaxElements, demo: DemoStateController) {
    this.#el = elements;
    this.#demo = demo;
    const seed = readNumberField(elements.seed);
    this.#datasetSeed = seed.ok ? seed.value : 0;
    this.#dataset = softmaxDataset(this.#datasetSeed);
  }

  start(): void {
    this.#demo.onTrain(() => void this.#train());
    for (const field of [this.#el.seed, this.#el.learningRate, this.#el.epochs]) field.addEventListener('input', () => readNumberField(field));
    onThemeChange(() => {
      this.#palette = readPalette();
      this.#colours = classColours();
      this.#repaint.flush();
    });
    this.#widths = watchWidths([this.#el.map, this.#el.loss], () => this.#repaint.request());
  }

  async #train(): Promise<void> {
    const reading = readSoftmaxSettings(this.#el);
    if (!reading.ok) {
      this.#demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const settings: SoftmaxSettings = reading.settings;
    if (settings.seed !== this.#datasetSeed) {
      this.#datasetSeed = settings.seed;
      this.#dataset = softmaxDataset(settings.seed);
    }
    this.#activationName = shortName(getActivation(settings.activation));
    this.#history = [];
    this.#latest = undefined;
    this.#grid = undefined;
    this.#totalEpochs = settings.epochs;
    this.#lossFinal = false;
    const signal = this.#demo.begin(settings.epochs);
    const checkLeaks = startLeakCheck('softmax widget');
    try {
      // The map's axes and points are drawn (if the size, theme or data changed) in a task of their own.
      await yieldToEventLoop();
      if (this.#prepareMap()) await yieldToEventLoop();
      const result = await trainSoftmax(this.#dataset, settings, signal, {
        onProgress: (progress) => {
          this.#history.push({ epoch: progress.epoch, loss: progress.loss });
          this.#latest = progress;
          this.#demo.progress(progress.epoch, progress.totalEpochs);
          this.#repaint.request();
        },
        onGrid: (grid) => {
          this.#grid = grid;
          this.#repaint.request();
        },
      });
      this.#history = result.history;
      this.#latest = result.final;
      this.#lossFinal = true;
      // The last training slice and the final grid ran in this task; the final paint gets its own.
      await yieldToEventLoop();
      this.#repaint.flush();
      const accuracy = result.final.testAccuracy;
      if (result.status === 'stopped') {
        this.#demo.finish({ kind: 'stopped', epoch: result.epoch, totalEpochs: settings.epochs });
      } else if (result.status === 'diverged') {
        this.#demo.finish({ kind: 'diverged', epoch: result.epoch, reason: `the loss became ${result.final.loss}` });
      } else if (accuracy === undefined || !Number.isFinite(accuracy)) {
        this.#demo.finish({ kind: 'error', message: 'the trainer reported no test accuracy.' });
      } else {
        this.#demo.finish({ kind: 'done', value: accuracy, elapsedMs: result.elapsedMs });
      }
    } catch (error) {
      this.#lossFinal = true;
      this.#repaint.flush();
      this.#demo.fail(error);
    } finally {
      checkLeaks();
    }
  }

  #progressText(): string {
    const latest = this.#latest;
    if (!latest) return '';
    const accuracy = latest.testAccuracy === undefined ? '' : `, test accuracy ${(latest.testAccuracy * 100).toFixed(1)}%`;
    return `${this.#activationName} hidden layers, epoch ${latest.epoch}${accuracy}.`;
  }

  #paint(): void {
    const progress = this.#progressText();
    const grid = this.#grid;
    if (grid) {
      const caption = `Class-probability map: ${progress} ${describeProbabilityMap(grid, CLASS_NAMES)}`;
      const points = CLASS_NAMES.map((name, index) => `${name} as ${SHAPES[index]}`).join(', ');
      this.#paintMap(grid, `${caption} Data points: ${points}.`);
      this.#el.mapCaption.textContent = caption;
    }
    this.#el.readout.textContent = progress;
    this.#paintLoss();
  }

  /** Draws an empty map (no class favoured anywhere) unless one for this size, theme and data is on show; true if it drew. */
  #prepareMap(): boolean {
    const bounds = datasetBounds(this.#dataset);
    const cells = GRID_RESOLUTION * GRID_RESOLUTION;
    const empty: GridPrediction = { ...bounds, resolution: GRID_RESOLUTION, values: new Float32Array(cells), classes: new Int32Array(cells).fill(-1) };
    if (this.#map?.key === this.#mapKey(empty)) return false;
    this.#paintMap(empty, 'Class-probability map: training is starting.');
    return true;
  }

  #mapSize(): number {
    return Math.round(Math.max(MAP_MIN_SIZE, Math.min(MAP_MAX_SIZE, this.#width(this.#el.map) || MAP_MAX_SIZE)));
  }

  #mapKey(grid: GridPrediction): string {
    const size = this.#mapSize();
    const { xMin, xMax, yMin, yMax, resolution } = grid;
    return [size, this.#palette.fg, this.#palette.bg, ...this.#colours, this.#datasetSeed, xMin, xMax, yMin, yMax, resolution].join('|');
  }

  #paintMap(grid: GridPrediction, ariaLabel: string): void {
    const size = this.#mapSize();
    const key = this.#mapKey(grid);
    if (this.#map?.key === key) {
      this.#map.live.update(grid, ariaLabel);
      return;
    }
    const live = createLiveClassProbabilityMap({
      grid,
      points: allPoints(this.#dataset),
      classColours: this.#colours,
      palette: this.#palette,
      size,
      ariaLabel,
    });
    this.#map = { live, key };
    this.#el.map.replaceChildren(live.element);
  }

  #width(element: HTMLElement): number {
    return this.#widths?.width(element) ?? element.clientWidth;
  }

  #paintLoss(): void {
    const now = performance.now();
    if (!this.#lossFinal && now - this.#lossDrawnAt < LOSS_REDRAW_INTERVAL_MS) return;
    this.#lossDrawnAt = now;
    this.#el.lossCaption.textContent = describeLossCurve(this.#history);
    if (this.#history.length === 0) {
      this.#el.loss.replaceChildren(Object.assign(document.createElement('p'), { className: 'placeholder', textContent: LOSS_PLACEHOLDER }));
      return;
    }
    const width = Math.max(240, this.#width(this.#el.loss) || 360);
    this.#el.loss.replaceChildren(renderLossCurve({ history: this.#history, totalEpochs: this.#totalEpochs, palette: this.#palette, width, height: LOSS_HEIGHT }));
  }
}
