/**
 * The Swish comparison's module, loaded when the widget nears the screen. Train (run by the shared
 * seed-comparison session) loads the real data set and trains ReLU, Swish-1 and trained-β Swish once
 * per seed; the table, the charts and the summary follow each finished run.
 */
import { loadRealDataset, INITIAL_BETA, swishArms, type Dataset } from '../../../lab/index';
import { readPalette, type ChartPalette } from '../../ui/chart-palette';
import { drawSafely } from '../../ui/chart-failure';
import { chartWidth, paintAccuracy, placeholder, showParagraphs } from '../../ui/comparison-accuracy-view';
import { applyDatasetPreset, validateWhileTyping } from '../../ui/comparison-settings';
import { DemoStateController } from '../../ui/demo-state';
import { createPartPainter, type PartPainter } from '../../ui/part-painter';
import { labelledSummaries, type ComparisonResults } from '../../ui/seed-comparison-results';
import { SeedComparisonSession, type ComparisonSpec } from '../../ui/seed-comparison-session';
import { readSeriesColours } from '../../ui/series-style';
import { prepareBackend } from '../../ui/tf-backend';
import {
  ACCURACY_CHART_MAX_WIDTH, BETA_CHART_MAX_WIDTH, CHART_MIN_WIDTH, DATASET_PRESETS, EVALUATE_EVERY, MNIST_SUBSET, OPTIMIZER, SLICE_BUDGET_MS, type SwishDatasetId,
} from './swish-vs-relu-config';
import { renderBetaChart } from './swish-vs-relu-charts';
import { findSwishElements, isSwishDatasetId, readSwishSettings, type SwishElements, type SwishSettings } from './swish-vs-relu-dom';
import { betaSpreads, describeBetas, describeComparison } from './swish-vs-relu-summary';

const TRAINED_ARM = 'swish-trained';
/** Drawn one per frame: the table, accuracy chart and summary; then the β chart (redrawn only after a trained-β run). */
const PARTS = ['accuracy', 'betas'] as const;

const COMPARISON: ComparisonSpec = {
  name: 'swish comparison',
  target: { id: TRAINED_ARM, divergedReason: 'every trained-β run diverged', resultSuffix: 'for trained-β Swish' },
  armCount: 3,
  train: { optimizer: OPTIMIZER, evaluateEvery: EVALUATE_EVERY, sliceBudgetMs: SLICE_BUDGET_MS },
  loadingText: 'Loading the data set…',
};

type SwishResults = ComparisonResults<SwishSettings, number[][]>;

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new SwishComparison(findSwishElements(root), demo).start();
}

async function loadData(id: SwishDatasetId, seed: number): Promise<Dataset> {
  return loadRealDataset(id, { seed, ...(id === 'mnist' ? { size: MNIST_SUBSET } : {}) });
}

class SwishComparison {
  readonly #el: SwishElements;
  readonly #demo: DemoStateController;
  readonly #painter: PartPainter;
  readonly #session: SeedComparisonSession<SwishSettings, number[][]>;

  constructor(elements: SwishElements, demo: DemoStateController) {
    this.#el = elements;
    this.#demo = demo;
    this.#painter = createPartPainter({ order: () => PARTS, draw: (part) => this.#paint(part), watch: elements.accuracyChart });
    this.#session = new SeedComparisonSession(COMPARISON, { demo, current: elements.current, locked: [elements.dataset, elements.sharing] }, {
      setup: async (settings) => {
        const dataset = await loadData(settings.dataset, settings.baseSeed);
        const arms = swishArms({ inputSize: dataset.inputSize, hidden: settings.hidden, outputSize: dataset.numClasses, output: 'softmax' }, settings.sharing);
        return { arms, dataset };
      },
      onRunComplete: (run) => {
        this.#painter.mark('accuracy', ...(run.armId === TRAINED_ARM ? ['betas'] : []));
        this.#painter.request();
      },
      paint: () => this.#painter.paintAll(),
    });
  }

  start(): void {
    validateWhileTyping(this.#el);
    this.#el.dataset.addEventListener('change', () => {
      if (!this.#demo.running && isSwishDatasetId(this.#el.dataset.value)) applyDatasetPreset(this.#el, DATASET_PRESETS[this.#el.dataset.value]);
    });
    this.#demo.onTrain(() => void this.#session.train(readSwishSettings(this.#el)));
  }

  #paint(part: string): void {
    const results = this.#session.results;
    if (!results) return;
    const palette = readPalette();
    const colours = readSeriesColours();
    if (part === 'accuracy') this.#paintAccuracy(results, palette, colours);
    else this.#paintBetas(results, palette, colours);
  }

  #paintAccuracy(results: SwishResults, palette: ChartPalette, colours: readonly string[]): void {
    const summaries = labelledSummaries(results);
    const finishedRuns = results.runs.length;
    const width = chartWidth(this.#el.accuracyChart, CHART_MIN_WIDTH, ACCURACY_CHART_MAX_WIDTH);
    paintAccuracy({ elements: this.#el, summaries, finishedRuns, armNoun: 'activation', palette, colours, width });
    const spreads = betaSpreads(results.runs.filter((run) => run.armId === TRAINED_ARM));
    showParagraphs(this.#el.summary, finishedRuns === 0 ? [] : [...describeComparison(summaries, results.runs, results.testExamples), describeBetas(spreads, results.settings.sharing, INITIAL_BETA)]);
  }

  #paintBetas(results: SwishResults, palette: ChartPalette, colours: readonly string[]): void {
    const { sharing } = results.settings;
    const spreads = betaSpreads(results.runs.filter((run) => run.armId === TRAINED_ARM));
    const width = chartWidth(this.#el.betaChart, CHART_MIN_WIDTH, BETA_CHART_MAX_WIDTH);
    const betaText = spreads.length === 0
      ? 'The trained β values: no trained-β run has finished yet.'
      : `The trained β values, ${sharing === 'layer' ? 'one marker per seed and hidden layer' : 'a histogram per hidden layer over all units and seeds'}. ${describeBetas(spreads, sharing, INITIAL_BETA)}`;
    this.#el.betaCaption.textContent = betaText;
    drawSafely(this.#el.betaChart, () => {
      this.#el.betaChart.replaceChildren(spreads.length === 0
        ? placeholder('The trained β values appear here after the first trained-β run.')
        : renderBetaChart({ spreads, sharing, initialBeta: INITIAL_BETA, palette, colours, width, ariaLabel: betaText }));
    });
  }
}
