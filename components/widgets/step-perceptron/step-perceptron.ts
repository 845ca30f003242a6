/**
 * The step-perceptron widget's heavy module, loaded by lazy-widget.ts near the screen. One Train press
 * runs three experiments on one step unit: the perceptron rule (shown epoch by epoch), gradient
 * descent (which cannot move it), and three classes (which it cannot name).
 */
import { type Dataset, type PerceptronResult, type UnitWeights, yieldToEventLoop } from '../../../lab/index';
import { DemoStateController } from '../../ui/demo-run/demo-state';
import { prepareBackend, startLeakCheck } from '../../ui/backend/tf-backend';
import { createRepaintScheduler, prefersReducedMotion, type RepaintScheduler } from '../../ui/demo-run/repaint';
import { onThemeChange, readPalette, type ChartPalette } from '../../ui/charts/chart-palette';
import { readClassColours } from '../../ui/live-maps/class-map';
import { readNumberField } from '../../ui/controls/number-field';
import { watchWidths, type WidthWatch } from '../../ui/demo-run/width-watch';
import { describeLossCurve, renderLossCurve } from '../../ui/charts/loss-curve';
import { DESCENT_STEPS, PACED_EPOCHS, PACE_MS, STEP_PERCEPTRON_DEFAULTS } from './step-perceptron-config';
import { findPerceptronElements, readPerceptronSettings, type PerceptronElements } from './perceptron-dom';
import {
  perceptronDataset, planePoints, runDescent, runPerceptron, runThreeClass, sampleStepGradient, threeClassDataset, unitGrid,
  type DescentComparison, type GradientSample, type PerceptronSettings, type ThreeClassOutcome,
} from './perceptron-runs';
import {
  datasetPoints, drawBlobsMap, drawThreeClassMap, mapSize, renderGradientChart, type DrawnThreeClassMap, type LiveBlobsMap,
} from './perceptron-charts';
import {
  describeDescent, describeGradientSamples, describePerceptronEpoch, describePerceptronResult, describeThreeClass,
} from './perceptron-text';
import { formatTiny } from '../../ui/text/number-format';

const IDLE_PERCEPTRON_TEXT = 'Press Train to start the perceptron rule from w = (0, 0), b = 0.';
const IDLE_DESCENT_TEXT = 'Press Train to run gradient descent on the same step unit.';
const IDLE_THREE_TEXT = 'Press Train to fit one step unit to these three classes with the perceptron rule.';
const DESCENT_PLACEHOLDER = 'Press Train to see the loss over the gradient-descent steps.';
const GRADIENT_MAX_WIDTH = 360;
/** While the rule runs only the first map changes; the others are redrawn when their data do. */
type Part = 'rule' | 'gradient' | 'descent' | 'three';
const ALL_PARTS: readonly Part[] = ['rule', 'gradient', 'descent', 'three'];
/** The parts a run changes (the gradient chart never does). */
const RUN_PARTS: readonly Part[] = ['rule', 'descent', 'three'];

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new StepPerceptronWidget(root, findPerceptronElements(root), demo).start();
}

/** Waits `ms`, or less if Stop is pressed meanwhile, so Stop answers at once even between paced epochs. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

class StepPerceptronWidget {
  readonly #el: PerceptronElements;
  readonly #demo: DemoStateController;
  readonly #repaint: RepaintScheduler;
  readonly #cells = planePoints();
  readonly #gradient: GradientSample[];
  #palette: ChartPalette;
  #dataKey = '';
  #blobs!: Dataset;
  #three!: Dataset;
  #unit?: UnitWeights;
  #perceptronText = IDLE_PERCEPTRON_TEXT;
  #descent?: DescentComparison;
  #threeOutcome?: ThreeClassOutcome;
  readonly #dirty = new Set<Part>(ALL_PARTS);
  /** The first map as drawn; while only the unit changes it is recoloured and its line moved, not redrawn. */
  #ruleMap?: LiveBlobsMap;
  #threeMap?: DrawnThreeClassMap;
  #classColours = readClassColours(3);
  #widths?: WidthWatch;

  constructor(_root: HTMLElement, elements: PerceptronElements, demo: DemoStateController) {
    this.#el = elements;
    this.#demo = demo;
    this.#palette = readPalette();
    this.#gradient = sampleStepGradient();
    this.#repaint = createRepaintScheduler(() => this.#paint());
    this.#loadData();
  }

  start(): void {
    const { seed, noise, learningRate, maxEpochs, blobs } = this.#el;
    for (const field of [seed, noise]) field.addEventListener('change', () => this.#loadData() && this.#request(...ALL_PARTS));
    for (const field of [seed, noise, learningRate, maxEpochs]) field.addEventListener('input', () => readNumberField(field));
    this.#demo.onTrain(() => void this.#train());
    onThemeChange(() => {
      this.#palette = readPalette();
      this.#classColours = readClassColours(3);
      ALL_PARTS.forEach((part) => this.#dirty.add(part));
      this.#repaint.flush();
    });
    this.#widths = watchWidths([blobs.chart, this.#el.gradient.chart], () => this.#request(...ALL_PARTS));
    this.#fillGradientTable();
    this.#repaint.flush();
  }

  #request(...parts: Part[]): void {
    parts.forEach((part) => this.#dirty.add(part));
    this.#repaint.request();
  }

  /** Paints the parts now, one full chart per task, so no task carries several chart renders. */
  async #paintInTurns(...parts: Part[]): Promise<void> {
    parts.forEach((part) => this.#dirty.add(part));
    while (this.#dirty.size > 0) {
      await yieldToEventLoop();
      this.#repaint.flush();
    }
  }

  /** Regenerates the data sets when seed or noise changed to valid values; true when something was reset. */
  #loadData(): boolean {
    const seed = readNumberField(this.#el.seed);
    const noise = readNumberField(this.#el.noise);
    const hasData = this.#dataKey !== '';
    if ((!seed.ok || !noise.ok) && hasData) return false;
    // A value refused before the first drawing falls back to the default; its field shows why.
    const seedValue = seed.ok ? seed.value : STEP_PERCEPTRON_DEFAULTS.seed;
    const noiseValue = noise.ok ? noise.value : STEP_PERCEPTRON_DEFAULTS.noise;
    const key = `${seedValue}/${noiseValue}`;
    if (key === this.#dataKey) return false;
    this.#dataKey = key;
    this.#blobs = perceptronDataset(seedValue, noiseValue);
    this.#three = threeClassDataset(seedValue);
    this.#clearResults();
    return true;
  }

  #clearResults(): void {
    this.#unit = undefined;
    this.#perceptronText = IDLE_PERCEPTRON_TEXT;
    this.#descent = undefined;
    this.#threeOutcome = undefined;
  }

  #fillGradientTable(): void {
    const zs = this.#el.gradientCells.map((cell) => Number(cell.dataset.z));
    const bySample = new Map(this.#gradient.map((sample) => [sample.z, sample.slope]));
    this.#el.gradientCells.forEach((cell, i) => {
      const slope = bySample.get(zs[i]!);
      cell.textContent = slope === undefined ? '–' : formatTiny(slope);
    });
  }

  async #train(): Promise<void> {
    const reading = readPerceptronSettings(this.#el);
    if (!reading.ok) {
      this.#demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const settings: PerceptronSettings = reading.settings;
    this.#loadData();
    this.#clearResults();
    this.#request(...RUN_PARTS);
    const signal = this.#demo.begin(settings.maxEpochs);
    const checkLeaks = startLeakCheck('step-perceptron widget');
    const startedAt = performance.now();
    const paced = !prefersReducedMotion();
    const trainSize = this.#blobs.train.xs.length;
    try {
      const result: PerceptronResult = await runPerceptron(this.#blobs, settings, signal, async (epoch) => {
        this.#unit = { weights: epoch.weights, bias: epoch.bias };
        this.#perceptronText = describePerceptronEpoch(epoch, trainSize);
        this.#demo.progress(epoch.epoch, settings.maxEpochs);
        this.#request('rule');
        if (paced && epoch.epoch < PACED_EPOCHS) await pause(PACE_MS, signal);
      });
      this.#unit = { weights: result.weights, bias: result.bias };
      this.#perceptronText = describePerceptronResult(result, trainSize);
      if (result.status === 'stopped') {
        await this.#paintInTurns(...RUN_PARTS);
        this.#demo.finish({ kind: 'stopped', epoch: result.epochs, totalEpochs: settings.maxEpochs });
        return;
      }
      this.#request('rule');
      this.#descent = await runDescent(this.#blobs, settings);
      this.#threeOutcome = await runThreeClass(this.#three, settings, this.#cells, signal);
      await this.#paintInTurns(...RUN_PARTS);
      this.#demo.progress(settings.maxEpochs, settings.maxEpochs);
      this.#demo.finish({ kind: 'done', value: result.trainAccuracy, elapsedMs: performance.now() - startedAt });
    } catch (error) {
      await this.#paintInTurns(...RUN_PARTS);
      this.#demo.fail(error);
    } finally {
      checkLeaks();
    }
  }

  /** Paints the dirty parts in order, at most one full chart render per call; the rest wait for the next frame. */
  #paint(): void {
    const size = mapSize(this.#width(this.#el.blobs.chart));
    const width = Math.min(GRADIENT_MAX_WIDTH, Math.max(240, this.#width(this.#el.gradient.chart) || GRADIENT_MAX_WIDTH));
    for (const part of ALL_PARTS) {
      if (!this.#dirty.delete(part)) continue;
      const rendered = this.#paintPart(part, size, width);
      if (rendered && this.#dirty.size > 0) {
        this.#repaint.request();
        return;
      }
    }
  }

  #width(element: HTMLElement): number {
    return this.#widths?.width(element) ?? element.clientWidth;
  }

  /** True when the part was drawn anew (a full chart render), false when it was only updated. */
  #paintPart(part: Part, size: number, width: number): boolean {
    switch (part) {
      case 'rule':
        return this.#paintRule(size);
      case 'gradient':
        this.#paintGradient(width);
        return true;
      case 'descent':
        return this.#paintDescent(this.#el.descent.chart, this.#el.descent.caption, width);
      case 'three':
        return this.#paintThree(size);
    }
  }

  #paintRule(size: number): boolean {
    const { chart, caption } = this.#el.blobs;
    const text = `${datasetPoints(this.#blobs).length} points in two classes. Background: the step unit's output (0 or 1) over the plane; ` +
      (this.#unit ? 'dashed line: where w·x + b = 0.' : 'no line yet.');
    caption.textContent = text;
    const map = drawBlobsMap(this.#ruleMap, this.#blobs, this.#unit, unitGrid(this.#unit, this.#cells), this.#palette, size,
      `${text} Class 0 points are circles, class 1 points triangles. ${this.#perceptronText}`);
    const rendered = map !== this.#ruleMap;
    if (rendered) chart.replaceChildren(map.element);
    this.#ruleMap = map;
    this.#el.perceptronText.textContent = this.#perceptronText;
    return rendered;
  }

  #paintGradient(width: number): void {
    const { chart, caption } = this.#el.gradient;
    const text = describeGradientSamples(this.#gradient);
    caption.textContent = text;
    chart.replaceChildren(renderGradientChart(this.#gradient, this.#palette, width, text));
  }

  #paintThree(size: number): boolean {
    const { chart, caption } = this.#el.three;
    const text = `${datasetPoints(this.#three).length} points in three classes (circles, triangles, squares). Background: one step unit's output; ` +
      (this.#threeOutcome ? 'dashed line: its boundary.' : 'no unit trained yet.');
    caption.textContent = text;
    const readout = this.#threeOutcome ? describeThreeClass(this.#threeOutcome) : IDLE_THREE_TEXT;
    const unit = this.#threeOutcome?.unit;
    const map = drawThreeClassMap(this.#threeMap, this.#three, unit, unitGrid(unit, this.#cells), this.#classColours, this.#palette, size, `${text} ${readout}`);
    const rendered = map !== this.#threeMap;
    if (rendered) chart.replaceChildren(map.element);
    this.#threeMap = map;
    this.#el.threeText.textContent = readout;
    return rendered;
  }

  #paintDescent(chart: HTMLElement, caption: HTMLElement, width: number): boolean {
    const run = this.#descent;
    if (!run) {
      caption.textContent = 'Loss of the step unit over gradient-descent steps: no run yet.';
      chart.replaceChildren(Object.assign(document.createElement('p'), { className: 'placeholder', textContent: DESCENT_PLACEHOLDER }));
      this.#el.descentText.textContent = IDLE_DESCENT_TEXT;
      return false;
    }
    const history = run.step.history.map((entry) => ({ epoch: entry.step, loss: entry.loss }));
    caption.textContent = `${describeLossCurve(history)} Each of the ${DESCENT_STEPS} gradient-descent steps uses the whole training split, so a step is an epoch.`;
    chart.replaceChildren(renderLossCurve({ history, totalEpochs: DESCENT_STEPS, palette: this.#palette, width, height: 170 }));
    this.#el.descentText.textContent = describeDescent(run);
    return true;
  }
}
