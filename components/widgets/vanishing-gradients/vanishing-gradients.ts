/**
 * The vanishing-gradient widget's heavy module: reads the controls, asks lab/ to train the deep
 * network while measuring every layer's gradient, and draws the bars as measurements arrive.
 */
import { getActivation, deepBatch, deepNetworkConfig, lastToFirstRatio, trainTrackingGradients, VANISHING_PRESET as P, type GradientSnapshot, yieldToEventLoop } from '../../../lab/index';
import { DemoStateController } from '../../ui/demo-run/demo-state';
import { prepareBackend, startLeakCheck } from '../../ui/backend/tf-backend';
import { createRepaintScheduler, type RepaintScheduler } from '../../ui/demo-run/repaint';
import { onThemeChange, readPalette } from '../../ui/charts/chart-palette';
import { readSeriesColours } from '../../ui/charts/series-colours';
import { readNumberField } from '../../ui/controls/number-field';
import { drawSafely } from '../../ui/charts/chart-failure';
import { formatScientific } from '../../ui/text/scientific';
import { textTableRow } from '../../ui/charts/table-row';
import { CHART_HEIGHT, CHART_MAX_WIDTH, COMPARISON, INITIALIZER_OPTIONS } from './vanishing-config';
import { findVanishingElements, readVanishingSettings, type VanishingElements, type VanishingSettings } from './vanishing-dom';
import { gradientCaption, renderGradientChart } from './vanishing-chart';
import { describeGradients } from './vanishing-readout';

const CHART_MIN_WIDTH = 300;
/** Each paint builds a new Plot chart (a few ms, more with page style and layout), so fewer than the shared default. */
const REPAINTS_PER_SECOND = 10;
/** Short training slices: a gradient measurement (a tfjs backward pass) may land at the end of one. */
const SLICE_BUDGET_MS = 6;

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new VanishingWidget(root, findVanishingElements(root), demo).start();
}

function titleOf(settings: VanishingSettings): string {
  const initializer = INITIALIZER_OPTIONS.find((option) => option.value === settings.initializer)?.label ?? settings.initializer;
  return `${getActivation(settings.activation).name} with ${initializer}`;
}

function runRow(title: string, snapshots: readonly GradientSnapshot[]): HTMLTableRowElement {
  const first = snapshots[0]!;
  const last = snapshots[snapshots.length - 1]!;
  return textTableRow([
    title,
    formatScientific(lastToFirstRatio(first.norms)),
    last.epoch === 0 ? '—' : `${formatScientific(lastToFirstRatio(last.norms))} (epoch ${last.epoch})`,
    Number.isFinite(last.accuracy) ? `${Math.round(last.accuracy * 100)}%` : '—',
  ]);
}

class VanishingWidget {
  readonly #root: HTMLElement;
  readonly #el: VanishingElements;
  readonly #demo: DemoStateController;
  readonly #repaint: RepaintScheduler;
  #initial?: GradientSnapshot;
  #latest?: GradientSnapshot;
  #title = '';

  constructor(root: HTMLElement, elements: VanishingElements, demo: DemoStateController) {
    this.#root = root;
    this.#el = elements;
    this.#demo = demo;
    this.#repaint = createRepaintScheduler(() => this.#paint(), { maxPerSecond: REPAINTS_PER_SECOND });
  }

  start(): void {
    const { seed, learningRate, epochs, compare } = this.#el;
    for (const field of [seed, learningRate, epochs]) field.addEventListener('input', () => readNumberField(field));
    compare.addEventListener('click', () => {
      if (this.#demo.running) return;
      this.#el.activation.value = COMPARISON.activation;
      this.#el.initializer.value = COMPARISON.initializer;
      void this.#train();
    });
    this.#demo.onTrain(() => void this.#train());
    onThemeChange(() => this.#repaint.flush());
    new ResizeObserver(() => this.#repaint.request()).observe(this.#el.chart);
  }

  async #train(): Promise<void> {
    const reading = readVanishingSettings(this.#el);
    if (!reading.ok) {
      this.#demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const settings = reading.settings;
    this.#title = titleOf(settings);
    const data = deepBatch({ seed: settings.seed, size: P.batchSize, inputSize: P.inputSize });
    const config = deepNetworkConfig({
      activation: { id: settings.activation }, initializer: settings.initializer, seed: settings.seed,
      depth: P.depth, width: P.width, inputSize: P.inputSize,
    });
    const signal = this.#demo.begin(settings.epochs);
    const checkLeaks = startLeakCheck('vanishing-gradients widget');
    try {
      const run = await trainTrackingGradients(config, data, {
        epochs: settings.epochs,
        learningRate: settings.learningRate,
        optimizer: P.optimizer,
        seed: settings.seed,
        measureEvery: P.measureEvery,
        sliceBudgetMs: SLICE_BUDGET_MS,
        signal,
        onSnapshot: (snapshot, totalEpochs) => {
          if (snapshot.epoch === 0) this.#initial = snapshot;
          this.#latest = snapshot;
          this.#demo.progress(snapshot.epoch, totalEpochs);
          this.#repaint.request();
        },
      });
      await yieldToEventLoop();
      this.#repaint.flush();
      this.#el.runs.hidden = false;
      this.#el.runsBody.append(runRow(this.#title, run.snapshots));
      const ratio = lastToFirstRatio(run.snapshots[0]!.norms);
      const { status, epoch, final } = run.result;
      if (status === 'stopped') {
        this.#demo.finish({ kind: 'stopped', epoch, totalEpochs: settings.epochs });
      } else if (status === 'diverged') {
        this.#demo.finish({ kind: 'diverged', epoch, reason: `the loss became ${final.loss}` });
      } else if (!Number.isFinite(ratio)) {
        this.#demo.finish({ kind: 'error', message: 'the first layer’s gradient is exactly zero, so the ratio is undefined.' });
      } else {
        this.#demo.finish({ kind: 'done', value: ratio, elapsedMs: run.result.elapsedMs, format: (value) => `${formatScientific(value)} (layer ${P.depth} ÷ layer 1)` });
      }
    } catch (error) {
      this.#repaint.flush();
      this.#demo.fail(error);
    } finally {
      checkLeaks();
    }
  }

  #paint(): void {
    drawSafely(this.#el.chart, () => this.#draw());
  }

  #draw(): void {
    const initial = this.#initial;
    const latest = this.#latest;
    if (!initial || !latest) return;
    const width = Math.round(Math.min(CHART_MAX_WIDTH, Math.max(CHART_MIN_WIDTH, this.#el.chart.clientWidth || CHART_MAX_WIDTH)));
    const [nowColour = 'currentColor'] = readSeriesColours();
    this.#el.chart.replaceChildren(renderGradientChart({
      initial, latest, palette: readPalette(), nowColour, width, height: CHART_HEIGHT, patternId: `${this.#root.id}-hatch`, title: this.#title,
    }));
    this.#el.chartCaption.textContent = gradientCaption(latest, this.#title);
    this.#el.readout.replaceChildren(
      ...describeGradients(initial, latest).map((text) => Object.assign(document.createElement('span'), { className: 'line', textContent: text })),
    );
  }
}
