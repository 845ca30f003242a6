/**
 * The Swish comparison's module, loaded when the widget nears the screen. Train reads the settings,
 * loads the real data set, and asks lab/ to train ReLU, Swish-1 and trained-β Swish once per seed;
 * the table, the charts and the summary follow each finished run.
 */
import { loadRealDataset } from '../../../lab/datasets/real/index';
import { runSeedComparison, summariseArms, type ComparisonRun, type RunKey } from '../../../lab/comparison/index';
import { INITIAL_BETA, swishArms } from '../../../lab/swish/index';
import type { Dataset } from '../../../lab/types';
import { onThemeChange, readPalette, type ChartPalette } from '../../ui/chart-palette';
import { drawSafely } from '../../ui/chart-failure';
import { DemoStateController } from '../../ui/demo-state';
import { readNumberField } from '../../ui/number-field';
import { createRepaintScheduler } from '../../ui/repaint';
import { createPaintQueue } from '../../ui/paint-queue';
import { percent, type LabelledSummary } from '../../ui/seed-accuracy';
import { renderSeedAccuracyChart } from '../../ui/seed-accuracy-chart';
import { seedAccuracyRows } from '../../ui/seed-accuracy-table';
import { readSeriesColours } from '../../ui/series-style';
import { liveTensorCount, prepareBackend } from '../../ui/tf-backend';
import {
  ACCURACY_CHART_MAX_WIDTH, BETA_CHART_MAX_WIDTH, CHART_MIN_WIDTH, EVALUATE_EVERY, MNIST_SUBSET, OPTIMIZER, SLICE_BUDGET_MS, type SwishDatasetId,
} from './swish-vs-relu-config';
import { renderBetaChart } from './swish-vs-relu-charts';
import { applyPreset, findSwishElements, isSwishDatasetId, numberFields, readSwishSettings, type SwishElements, type SwishSettings } from './swish-vs-relu-dom';
import { betaSpreads, describeBetas, describeComparison } from './swish-vs-relu-summary';

const TRAINED_ARM = 'swish-trained';
/** Drawn one per frame: the table, accuracy chart and summary; then the β chart (redrawn only after a trained-β run). */
const PARTS = ['accuracy', 'betas'] as const;

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new SwishComparison(findSwishElements(root), demo).start();
}

async function loadData(id: SwishDatasetId, seed: number): Promise<Dataset> {
  return loadRealDataset(id, { seed, ...(id === 'mnist' ? { size: MNIST_SUBSET } : {}) });
}

function placeholder(text: string): HTMLElement {
  return Object.assign(document.createElement('p'), { className: 'placeholder', textContent: text });
}

interface ShownRun {
  settings: SwishSettings;
  labels: Map<string, string>;
  armIds: string[];
  runs: ComparisonRun<number[][]>[];
  testExamples: number;
}

class SwishComparison {
  readonly #el: SwishElements;
  readonly #demo: DemoStateController;
  readonly #parts = createPaintQueue(() => PARTS, (part) => this.#paint(part));
  readonly #repaint = createRepaintScheduler(() => this.#parts.run());
  #shown?: ShownRun;
  /** Epochs trained over all runs so far, for the stopped message. */
  #epochsDone = 0;

  constructor(elements: SwishElements, demo: DemoStateController) {
    this.#el = elements;
    this.#demo = demo;
  }

  start(): void {
    for (const field of numberFields(this.#el)) field.addEventListener('input', () => readNumberField(field));
    this.#el.dataset.addEventListener('change', () => {
      if (!this.#demo.running && isSwishDatasetId(this.#el.dataset.value)) applyPreset(this.#el, this.#el.dataset.value);
    });
    this.#demo.onTrain(() => void this.#train());
    onThemeChange(() => {
      this.#parts.mark(...PARTS);
      void this.#parts.drain();
    });
    new ResizeObserver(() => {
      this.#parts.mark(...PARTS);
      this.#repaint.request();
    }).observe(this.#el.accuracyChart);
  }

  async #train(): Promise<void> {
    const reading = readSwishSettings(this.#el);
    if (!reading.ok) {
      this.#demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const { settings } = reading;
    const totalEpochs = settings.epochs * settings.seedCount * 3;
    const signal = this.#demo.begin(totalEpochs);
    this.#epochsDone = 0;
    this.#el.dataset.disabled = true;
    this.#el.sharing.disabled = true;
    const tensorsBefore = liveTensorCount();
    try {
      this.#el.current.textContent = 'Loading the data set…';
      const dataset = await loadData(settings.dataset, settings.baseSeed);
      const arms = swishArms({ inputSize: dataset.inputSize, hidden: settings.hidden, outputSize: dataset.numClasses, output: 'softmax' }, settings.sharing);
      this.#shown = {
        settings,
        labels: new Map(arms.map((arm) => [arm.id, arm.label])),
        armIds: arms.map((arm) => arm.id),
        runs: [],
        testExamples: dataset.test.xs.length,
      };
      await this.#paintNow();
      const outcome = await runSeedComparison({
        arms,
        dataset,
        baseSeed: settings.baseSeed,
        seedCount: settings.seedCount,
        train: { epochs: settings.epochs, learningRate: settings.learningRate, optimizer: OPTIMIZER, evaluateEvery: EVALUATE_EVERY, sliceBudgetMs: SLICE_BUDGET_MS },
        signal,
        onRunStart: (run, totalRuns) => this.#showCurrent(run, totalRuns),
        onProgress: ({ run, progress }) => {
          this.#epochsDone = run.index * settings.epochs + progress.epoch;
          this.#demo.progress(this.#epochsDone, totalEpochs);
        },
        onRunComplete: (run) => {
          this.#shown?.runs.push(run);
          this.#parts.mark('accuracy', ...(run.armId === TRAINED_ARM ? ['betas'] : []));
          this.#repaint.request();
        },
      });
      this.#el.current.textContent = '';
      await this.#paintNow();
      this.#finish(outcome.stopped, outcome.elapsedMs, totalEpochs);
    } catch (error) {
      this.#el.current.textContent = '';
      await this.#paintNow();
      this.#demo.finish({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      this.#el.dataset.disabled = false;
      this.#el.sharing.disabled = false;
      const leaked = liveTensorCount() - tensorsBefore;
      if (leaked !== 0) console.error(`swish comparison: ${leaked} tensor(s) not disposed after training`);
    }
  }

  #showCurrent(run: RunKey, totalRuns: number): void {
    const label = this.#shown?.labels.get(run.armId) ?? run.armId;
    this.#el.current.textContent = `Run ${run.index + 1} of ${totalRuns}: ${label}, seed ${run.seed}.`;
  }

  #finish(stopped: boolean, elapsedMs: number, totalEpochs: number): void {
    const shown = this.#shown;
    const runs = shown?.runs ?? [];
    if (stopped || !shown) {
      this.#demo.finish({ kind: 'stopped', epoch: this.#epochsDone, totalEpochs });
      return;
    }
    const trained = this.#summaries(shown).find((summary) => summary.armId === TRAINED_ARM);
    if (!trained || trained.mean === null) {
      const first = runs.find((run) => run.status === 'diverged');
      this.#demo.finish({ kind: 'diverged', epoch: first?.epochs ?? 0, reason: 'every trained-β run diverged' });
      return;
    }
    this.#demo.finish({ kind: 'done', value: trained.mean, elapsedMs, format: (value) => `${percent(value)} for trained-β Swish` });
  }

  #summaries(shown: ShownRun): LabelledSummary[] {
    return summariseArms(shown.armIds, shown.runs).map((summary) => ({ ...summary, label: shown.labels.get(summary.armId) ?? summary.armId }));
  }

  /** Every part drawn now, one task each, with no paint left pending (start and end of a run). */
  async #paintNow(): Promise<void> {
    this.#repaint.cancel();
    this.#parts.mark(...PARTS);
    await this.#parts.drain();
  }

  #paint(part: string): void {
    const shown = this.#shown;
    if (!shown) return;
    const palette = readPalette();
    const colours = readSeriesColours();
    if (part === 'accuracy') this.#paintAccuracy(shown, palette, colours);
    else this.#paintBetas(shown, palette, colours);
  }

  #paintAccuracy(shown: ShownRun, palette: ChartPalette, colours: readonly string[]): void {
    const summaries = this.#summaries(shown);
    const finished = shown.runs.length;
    const width = Math.round(Math.min(ACCURACY_CHART_MAX_WIDTH, Math.max(CHART_MIN_WIDTH, this.#el.accuracyChart.clientWidth || ACCURACY_CHART_MAX_WIDTH)));
    this.#el.resultRows.replaceChildren(...seedAccuracyRows(summaries));
    const accuracyText = finished === 0
      ? 'Test accuracy of every run, with the mean and ± one standard deviation per activation: no runs finished yet.'
      : `Test accuracy of every run (hollow markers, one per seed) with the mean (filled marker) and a bar of ± one standard deviation, per activation. ${summaries.map((s) => `${s.label}: ${s.accuracies.map((a) => percent(a)).join(', ') || 'no runs yet'}.`).join(' ')}`;
    this.#el.accuracyCaption.textContent = accuracyText;
    drawSafely(this.#el.accuracyChart, () => {
      if (finished === 0) {
        this.#el.accuracyChart.replaceChildren(placeholder('The first run is training.'));
        return;
      }
      this.#el.accuracyChart.replaceChildren(renderSeedAccuracyChart({ summaries, palette, colours, width, ariaLabel: accuracyText }));
    });
    const spreads = betaSpreads(shown.runs.filter((run) => run.armId === TRAINED_ARM));
    const paragraphs = finished === 0 ? [] : [...describeComparison(summaries, shown.runs, shown.testExamples), describeBetas(spreads, shown.settings.sharing, INITIAL_BETA)];
    this.#el.summary.replaceChildren(...paragraphs.filter(Boolean).map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  }

  #paintBetas(shown: ShownRun, palette: ChartPalette, colours: readonly string[]): void {
    const spreads = betaSpreads(shown.runs.filter((run) => run.armId === TRAINED_ARM));
    const width = Math.round(Math.min(BETA_CHART_MAX_WIDTH, Math.max(CHART_MIN_WIDTH, this.#el.betaChart.clientWidth || BETA_CHART_MAX_WIDTH)));
    const betaText = spreads.length === 0
      ? 'The trained β values: no trained-β run has finished yet.'
      : `The trained β values, ${shown.settings.sharing === 'layer' ? 'one marker per seed and hidden layer' : 'a histogram per hidden layer over all units and seeds'}. ${describeBetas(spreads, shown.settings.sharing, INITIAL_BETA)}`;
    this.#el.betaCaption.textContent = betaText;
    drawSafely(this.#el.betaChart, () => {
      if (spreads.length === 0) {
        this.#el.betaChart.replaceChildren(placeholder('The trained β values appear here after the first trained-β run.'));
        return;
      }
      this.#el.betaChart.replaceChildren(renderBetaChart({ spreads, sharing: shown.settings.sharing, initialBeta: INITIAL_BETA, palette, colours, width, ariaLabel: betaText }));
    });
  }
}
