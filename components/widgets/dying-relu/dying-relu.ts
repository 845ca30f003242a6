/**
 * The dying-ReLU widget's heavy module: reads the controls, asks lab/ to train the ReLU and leaky
 * ReLU networks side by side while counting dead units, and draws the counts as they arrive.
 */
import { makeDataset, DYING_RELU_PRESET as P, runDyingRelu, type DeadUnitSnapshot, type DyingReluArm, type TrainResult, yieldToEventLoop } from '../../../lab/index';
import { DemoStateController } from '../../ui/demo-run/demo-state';
import { prepareBackend, startLeakCheck } from '../../ui/backend/tf-backend';
import { createRepaintScheduler, type RepaintScheduler } from '../../ui/demo-run/repaint';
import { onThemeChange, readPalette } from '../../ui/charts/chart-palette';
import { readSeriesColours } from '../../ui/charts/series-colours';
import { readNumberField } from '../../ui/controls/number-field';
import { drawSafely } from '../../ui/charts/chart-failure';
import { textTableRow } from '../../ui/charts/table-row';
import { CHART_HEIGHT, CHART_MAX_WIDTH } from './dying-relu-config';
import { findDyingReluElements, numberFields, readDyingReluSettings, type DyingReluElements, type DyingReluSettings } from './dying-relu-dom';
import { describeDeadUnitChart, renderDeadUnitCharts } from './dying-relu-chart';
import { describeDeadUnits, latestOf, layerRows, type ArmOutcome } from './dying-relu-readout';

const CHART_MIN_WIDTH = 300;
/** Two new Plot panels per paint cost ~20–30 ms, so they repaint a few times a second while training, and fully at the end. */
const REPAINTS_PER_SECOND = 4;
/** Short training slices: a dead-unit count (a tfjs forward pass) may land at the end of one. */
const SLICE_BUDGET_MS = 6;

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new DyingReluWidget(findDyingReluElements(root), demo).start();
}

function armNames(leakyAlpha: number): Record<DyingReluArm, string> {
  return { relu: 'ReLU', leaky: `Leaky ReLU (α = ${leakyAlpha})` };
}

class DyingReluWidget {
  readonly #el: DyingReluElements;
  readonly #demo: DemoStateController;
  readonly #repaint: RepaintScheduler;
  #snapshots: DeadUnitSnapshot[] = [];
  #settings?: DyingReluSettings;
  #outcomes: Partial<Record<DyingReluArm, ArmOutcome>> = {};

  constructor(elements: DyingReluElements, demo: DemoStateController) {
    this.#el = elements;
    this.#demo = demo;
    this.#repaint = createRepaintScheduler(() => this.#paint(), { maxPerSecond: REPAINTS_PER_SECOND });
  }

  start(): void {
    for (const field of numberFields(this.#el)) field.addEventListener('input', () => readNumberField(field));
    this.#demo.onTrain(() => void this.#train());
    onThemeChange(() => this.#repaint.flush());
    new ResizeObserver(() => this.#repaint.request()).observe(this.#el.chart);
  }

  async #train(): Promise<void> {
    const reading = readDyingReluSettings(this.#el);
    if (!reading.ok) {
      this.#demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const settings = reading.settings;
    this.#settings = settings;
    this.#snapshots = [];
    this.#outcomes = {};
    this.#el.layers.hidden = true;
    const dataset = makeDataset(P.dataset, { seed: settings.seed, size: P.datasetSize, noise: P.noise });
    const signal = this.#demo.begin(settings.epochs);
    const checkLeaks = startLeakCheck('dying-relu widget');
    try {
      const run = await runDyingRelu({
        dataset,
        hidden: [...P.hidden],
        seed: settings.seed,
        learningRate: settings.learningRate,
        epochs: settings.epochs,
        measureEvery: P.measureEvery,
        leakyAlpha: settings.leakyAlpha,
        optimizer: P.optimizer,
        initializer: P.initializer,
        inputScale: P.inputScale,
        sliceBudgetMs: SLICE_BUDGET_MS,
        signal,
        onSnapshot: (snapshot) => {
          this.#snapshots.push(snapshot);
          const slowest = Math.min(...(['relu', 'leaky'] as const).map((arm) => latestOf(this.#snapshots, arm)?.epoch ?? 0));
          this.#demo.progress(slowest, settings.epochs);
          this.#repaint.request();
        },
      });
      this.#outcomes = { relu: { testAccuracy: run.results.relu.final.testAccuracy }, leaky: { testAccuracy: run.results.leaky.final.testAccuracy } };
      this.#snapshots = run.snapshots;
      await yieldToEventLoop();
      this.#repaint.flush();
      this.#finish(run.results, settings);
    } catch (error) {
      this.#repaint.flush();
      this.#demo.fail(error);
    } finally {
      checkLeaks();
    }
  }

  #finish(results: Record<DyingReluArm, TrainResult>, settings: DyingReluSettings): void {
    const names = armNames(settings.leakyAlpha);
    const diverged = (['relu', 'leaky'] as const).find((arm) => results[arm].status === 'diverged');
    if (diverged) {
      const result = results[diverged];
      this.#demo.finish({ kind: 'diverged', epoch: result.epoch, reason: `the ${names[diverged]} run's loss became ${result.final.loss}` });
      return;
    }
    if (results.relu.status === 'stopped' || results.leaky.status === 'stopped') {
      this.#demo.finish({ kind: 'stopped', epoch: Math.min(results.relu.epoch, results.leaky.epoch), totalEpochs: settings.epochs });
      return;
    }
    const relu = latestOf(this.#snapshots, 'relu');
    if (!relu) {
      this.#demo.finish({ kind: 'error', message: 'no dead-unit count was recorded.' });
      return;
    }
    this.#el.layersBody.replaceChildren(...layerRows(this.#snapshots).map((cells) => textTableRow(cells)));
    this.#el.layers.hidden = false;
    this.#demo.finish({
      kind: 'done',
      value: relu.report.deadFraction,
      elapsedMs: Math.max(results.relu.elapsedMs, results.leaky.elapsedMs),
      format: (value) => `${Math.round(value * 100)}% (leaky ReLU: ${Math.round((latestOf(this.#snapshots, 'leaky')?.report.deadFraction ?? NaN) * 100)}%)`,
    });
  }

  #paint(): void {
    drawSafely(this.#el.chart, () => this.#draw());
  }

  #draw(): void {
    const settings = this.#settings;
    if (!settings || this.#snapshots.length === 0) return;
    const names = armNames(settings.leakyAlpha);
    const width = Math.round(Math.min(CHART_MAX_WIDTH, Math.max(CHART_MIN_WIDTH, this.#el.chart.clientWidth || CHART_MAX_WIDTH)));
    this.#el.chart.replaceChildren(renderDeadUnitCharts({
      snapshots: this.#snapshots,
      armNames: names,
      totalEpochs: settings.epochs,
      layers: P.hidden.length,
      palette: readPalette(),
      colours: readSeriesColours(),
      width,
      height: CHART_HEIGHT,
    }));
    this.#el.chartCaption.textContent = describeDeadUnitChart(this.#snapshots, names);
    this.#el.readout.replaceChildren(
      ...describeDeadUnits(this.#snapshots, names, this.#outcomes).map((text) => Object.assign(document.createElement('span'), { className: 'line', textContent: text })),
    );
  }
}
