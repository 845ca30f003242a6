/**
 * The softmax widget's module, loaded when the widget nears the screen. Train reads the controls,
 * trains through lab/ and repaints the class-probability map, the loss curve and the readout at a
 * capped rate.
 */
import { getActivation } from '../../../lab/activations/index';
import type { Dataset, EpochMetrics, GridPrediction } from '../../../lab/types';
import { shortName } from '../../ui/activation-names';
import { onThemeChange, readPalette, type ChartPalette } from '../../ui/chart-palette';
import { renderClassProbabilityMap } from '../../ui/class-probability-map';
import { describeProbabilityMap } from '../../ui/class-probability';
import type { LabelledPoint } from '../../ui/decision-map';
import { DemoStateController } from '../../ui/demo-state';
import { describeLossCurve, renderLossCurve } from '../../ui/loss-curve';
import { readNumberField } from '../../ui/number-field';
import { createRepaintScheduler } from '../../ui/repaint';
import { liveTensorCount, prepareBackend } from '../../ui/tf-backend';
import { CLASS_COLOUR_VARS, CLASS_NAMES } from './softmax-config';
import { findSoftmaxElements, readSoftmaxSettings, type SoftmaxElements } from './softmax-dom';
import { softmaxDataset, trainSoftmax, type SoftmaxSettings } from './softmax-training';

const MAP_MIN_SIZE = 260;
const MAP_MAX_SIZE = 440;
const LOSS_HEIGHT = 170;
const LOSS_PLACEHOLDER = 'Press Train to see the loss fall.';
const SHAPES = ['circles', 'triangles', 'squares'] as const;
/** The map is a heavy chart: redrawing it more often than this slows training for nothing the eye can use. */
const PAINTS_PER_SECOND = 6;

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
    new ResizeObserver(() => this.#repaint.request()).observe(this.#el.map);
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
    const signal = this.#demo.begin(settings.epochs);
    const tensorsBefore = liveTensorCount();
    try {
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
      this.#repaint.flush();
      this.#demo.finish({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      const leaked = liveTensorCount() - tensorsBefore;
      if (leaked !== 0) console.error(`softmax widget: ${leaked} tensor(s) not disposed after training`);
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
      const size = Math.round(Math.max(MAP_MIN_SIZE, Math.min(MAP_MAX_SIZE, this.#el.map.clientWidth || MAP_MAX_SIZE)));
      const points = CLASS_NAMES.map((name, index) => `${name} as ${SHAPES[index]}`).join(', ');
      this.#el.map.replaceChildren(
        renderClassProbabilityMap({
          grid,
          points: allPoints(this.#dataset),
          classColours: this.#colours,
          palette: this.#palette,
          size,
          ariaLabel: `${caption} Data points: ${points}.`,
        }),
      );
      this.#el.mapCaption.textContent = caption;
    }
    this.#el.readout.textContent = progress;
    this.#el.lossCaption.textContent = describeLossCurve(this.#history);
    if (this.#history.length === 0) {
      this.#el.loss.replaceChildren(Object.assign(document.createElement('p'), { className: 'placeholder', textContent: LOSS_PLACEHOLDER }));
      return;
    }
    const width = Math.max(240, this.#el.loss.clientWidth || 360);
    this.#el.loss.replaceChildren(renderLossCurve({ history: this.#history, totalEpochs: this.#totalEpochs, palette: this.#palette, width, height: LOSS_HEIGHT }));
  }
}
