/**
 * The neuron widget's heavy module, loaded by lazy-widget.ts when the widget nears the screen.
 * It wires the controls to the plane, the readouts and the trainer; drawing is capped by the
 * repaint scheduler.
 */
import { yieldToEventLoop, getScalarActivation, type Dataset, type EpochMetrics, type TrainProgress } from '../../../lab/index';
import { meetsTarget, parseTarget } from '../../ui/demo-run/target';
import { DemoStateController } from '../../ui/demo-run/demo-state';
import { prepareBackend, startLeakCheck } from '../../ui/backend/tf-backend';
import { formatDuration } from '../../ui/text/number-format';
import { createRepaintScheduler, type RepaintScheduler } from '../../ui/demo-run/repaint';
import { onThemeChange, readPalette, type ChartPalette } from '../../ui/charts/chart-palette';
import { readNumberField } from '../../ui/controls/number-field';
import { watchWidths, type WidthWatch } from '../../ui/demo-run/width-watch';
import { describeLossCurve, renderLossCurve } from '../../ui/charts/loss-curve';
import { NEURON_DEFAULTS, PLANE_BOUNDS, PLANE_HALF_WIDTH, POINT_STEP, TRAINING_ACTIVATION } from './neuron-config';
import {
  activationShortName, findNeuronElements, readActivation, readParams, readPoint, readSettings, writeParams, writePoint,
  type NeuronElements, type TrainingSettings,
} from './neuron-dom';
import type { NeuronParams } from './neuron-math';
import { countCorrect, describeFit, describePoint } from './neuron-readout';
import { describePlane, paintPlane, planeAriaLabel, planeSize, type DrawnPlane } from './neuron-plane';
import { neuronDataset, trainNeuron } from './neuron-training';
import { attachPlanePicking } from './neuron-picking';

const LOSS_HEIGHT = 170;
const LOSS_MAX_WIDTH = 760;
const LOSS_PLACEHOLDER = 'Press Train to see the loss fall.';
/** While training, the loss curve (a full chart render) is redrawn at most this often; fully at the end. */
const LOSS_REDRAW_INTERVAL_MS = 250;

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  const backend = await prepareBackend();
  demo.showBackend(backend);
  new NeuronWidget(root, findNeuronElements(root), demo).start();
}

class NeuronWidget {
  readonly #root: HTMLElement;
  readonly #el: NeuronElements;
  readonly #demo: DemoStateController;
  readonly #repaint: RepaintScheduler;
  #palette: ChartPalette;
  #params: NeuronParams;
  #point: [number, number] = NEURON_DEFAULTS.point;
  #dataset: Dataset;
  #datasetSeed: number;
  #history: EpochMetrics[] = [];
  #totalEpochs = NEURON_DEFAULTS.epochs;
  #historyVersion = 0;
  #historyDrawn = -1;
  #plane?: DrawnPlane;
  #lossDrawnAt = -Infinity;
  /** True between Train and the run's final paint: the loss curve is then redrawn at a capped rate. */
  #liveLoss = false;
  #beyondSliders = false;
  #widths?: WidthWatch;

  constructor(root: HTMLElement, elements: NeuronElements, demo: DemoStateController) {
    this.#root = root;
    this.#el = elements;
    this.#demo = demo;
    this.#palette = readPalette();
    this.#params = readParams(elements);
    this.#point = readPoint(elements) ?? NEURON_DEFAULTS.point;
    const seed = readNumberField(elements.seed);
    this.#datasetSeed = seed.ok ? seed.value : NEURON_DEFAULTS.seed;
    this.#dataset = neuronDataset(this.#datasetSeed);
    this.#repaint = createRepaintScheduler(() => this.#paint());
  }

  start(): void {
    const { w1, w2, b, activation, x1, x2, seed, learningRate, epochs, plane } = this.#el;
    for (const slider of [w1, w2, b]) {
      slider.addEventListener('input', () => {
        this.#params = readParams(this.#el);
        this.#beyondSliders = false;
        this.#repaint.request();
      });
    }
    activation.addEventListener('change', () => this.#repaint.request());
    for (const field of [x1, x2]) {
      field.addEventListener('input', () => {
        const point = readPoint(this.#el);
        if (point) this.#setPoint(point, false);
      });
    }
    seed.addEventListener('input', () => readNumberField(seed));
    seed.addEventListener('change', () => this.#reseed());
    for (const field of [learningRate, epochs]) field.addEventListener('input', () => readNumberField(field));
    attachPlanePicking(plane, {
      currentPoint: () => this.#point,
      plot: () => this.#plane?.element,
      step: POINT_STEP,
      limit: PLANE_HALF_WIDTH,
      onPick: (point) => this.#setPoint(point, true),
    });
    this.#demo.onTrain(() => void this.#train());
    onThemeChange(() => {
      this.#palette = readPalette();
      this.#historyDrawn = -1;
      this.#repaint.flush();
    });
    this.#widths = watchWidths([plane, this.#el.loss], () => this.#repaint.request());
    this.#repaint.flush();
  }

  #setPoint(point: [number, number], writeFields: boolean): void {
    this.#point = point;
    if (writeFields) writePoint(this.#el, point);
    this.#repaint.request();
  }

  #reseed(): void {
    const reading = readNumberField(this.#el.seed);
    if (!reading.ok || reading.value === this.#datasetSeed) return;
    this.#datasetSeed = reading.value;
    this.#dataset = neuronDataset(reading.value);
    this.#setHistory([]);
    this.#repaint.request();
  }

  async #train(): Promise<void> {
    const reading = readSettings(this.#el);
    if (!reading.ok) {
      this.#demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const settings: TrainingSettings = reading.settings;
    this.#reseed();
    this.#el.activation.value = TRAINING_ACTIVATION;
    this.#setHistory([]);
    this.#totalEpochs = settings.epochs;
    this.#liveLoss = true;
    const signal = this.#demo.begin(settings.epochs);
    const checkLeaks = startLeakCheck('neuron widget');
    let targetFirstReached: TrainProgress | undefined;
    try {
      const { result, params } = await trainNeuron(this.#dataset, settings, signal, (progress, latest) => {
        this.#params = latest;
        if (!targetFirstReached && this.#meetsTarget(progress.testAccuracy)) targetFirstReached = progress;
        if (Number.isFinite(progress.loss)) this.#setHistory([...this.#history, progress]);
        this.#demo.progress(progress.epoch, progress.totalEpochs);
        this.#repaint.request();
      });
      this.#params = params;
      this.#setHistory(result.history);
      this.#liveLoss = false;
      // The last training slice ran in this task; the final paint gets its own.
      await yieldToEventLoop();
      this.#repaint.flush();
      const testAccuracy = result.final.testAccuracy;
      if (result.status === 'stopped') {
        this.#demo.finish({ kind: 'stopped', epoch: result.epoch, totalEpochs: settings.epochs });
      } else if (result.status === 'diverged') {
        this.#demo.finish({ kind: 'diverged', epoch: result.epoch, reason: `the loss became ${result.final.loss}` });
      } else if (testAccuracy === undefined || !Number.isFinite(testAccuracy)) {
        this.#demo.finish({ kind: 'error', message: 'the trainer reported no test accuracy.' });
      } else {
        const note = targetFirstReached
          ? `The target was first reached at epoch ${targetFirstReached.epoch}, after ${formatDuration(targetFirstReached.elapsedMs)}.`
          : undefined;
        this.#demo.finish({ kind: 'done', value: testAccuracy, elapsedMs: result.elapsedMs, note });
      }
    } catch (error) {
      this.#liveLoss = false;
      this.#repaint.flush();
      this.#demo.fail(error);
    } finally {
      checkLeaks();
    }
  }

  #meetsTarget(value: number | undefined): boolean {
    const target = parseTarget(this.#root.dataset.target ?? '');
    return value !== undefined && target !== undefined && meetsTarget(value, target);
  }

  #paint(): void {
    const activationId = readActivation(this.#el);
    const activationName = activationShortName(activationId);
    const activation = getScalarActivation(activationId);
    const f = (z: number) => activation.value(z);
    if (this.#demo.running) this.#beyondSliders = writeParams(this.#root, this.#el, this.#params);

    const readout = describePoint(this.#params, this.#point, activationName, f);
    this.#el.readout.replaceChildren(
      ...readout.lines.map((text) => Object.assign(document.createElement('span'), { className: 'line', textContent: text })),
    );
    const fitText = describeFit(countCorrect(this.#params, this.#dataset)) +
      (this.#beyondSliders ? ' The learned values lie beyond the sliders’ range; the numbers beside the sliders are exact.' : '');
    this.#el.fit.textContent = fitText;

    const state = { params: this.#params, activationId, activationName, activation: f, bounds: PLANE_BOUNDS, dataset: this.#dataset, point: this.#point };
    const caption = describePlane(state);
    const plane = paintPlane(this.#plane, state, this.#palette, planeSize(this.#width(this.#el.plane)), planeAriaLabel(state, caption, fitText));
    if (plane !== this.#plane) this.#el.plane.replaceChildren(plane.element);
    this.#plane = plane;
    this.#el.planeCaption.textContent = caption;
    this.#paintLoss();
  }

  #width(element: HTMLElement): number {
    return this.#widths?.width(element) ?? element.clientWidth;
  }

  #setHistory(history: EpochMetrics[]): void {
    this.#history = history;
    this.#historyVersion += 1;
  }

  #paintLoss(): void {
    if (this.#historyDrawn === this.#historyVersion) return;
    const now = performance.now();
    if (this.#liveLoss && this.#history.length > 0 && now - this.#lossDrawnAt < LOSS_REDRAW_INTERVAL_MS) return;
    this.#lossDrawnAt = now;
    this.#historyDrawn = this.#historyVersion;
    this.#el.lossCaption.textContent = describeLossCurve(this.#history);
    if (this.#history.length === 0) {
      this.#el.loss.replaceChildren(Object.assign(document.createElement('p'), { className: 'placeholder', textContent: LOSS_PLACEHOLDER }));
      return;
    }
    const width = Math.min(LOSS_MAX_WIDTH, Math.max(260, this.#width(this.#el.loss) || LOSS_MAX_WIDTH));
    this.#el.loss.replaceChildren(
      renderLossCurve({ history: this.#history, totalEpochs: this.#totalEpochs, palette: this.#palette, width, height: LOSS_HEIGHT }),
    );
  }
}
