/**
 * The learned-activation widget's module, loaded when the widget nears the screen. Train (run by the
 * shared seed-comparison session) makes the data set and trains the learned-mix network, fixed ReLU and
 * fixed tanh once per seed. The base seed's learned run is traced: its coefficients every few epochs,
 * drawn live as curves per base function and as the shape of each layer's g(x).
 */
import { makeDataset, loadRealDataset, coefficientsFromRaw, initialRaw, LEARNED_ARM_ID, learnedArms, readCoefficients, type CoefficientRows, type Dataset } from '../../../lab/index';
import { readPalette, type ChartPalette } from '../../ui/chart-palette';
import { drawSafely } from '../../ui/chart-failure';
import { chartWidth, paintAccuracy, showParagraphs } from '../../ui/comparison-accuracy-view';
import { applyDatasetPreset, validateWhileTyping } from '../../ui/comparison-settings';
import { DemoStateController } from '../../ui/demo-state';
import { createPartPainter, type PartPainter } from '../../ui/part-painter';
import { labelledSummaries, type ComparisonResults } from '../../ui/seed-comparison-results';
import { SeedComparisonSession, type ComparisonSpec } from '../../ui/seed-comparison-session';
import { readSeriesColours } from '../../ui/series-style';
import { prepareBackend } from '../../ui/tf-backend';
import { ACCURACY_CHART_MAX_WIDTH, CHART_MAX_WIDTH, CHART_MIN_WIDTH, DATASET_PRESETS, EVALUATE_EVERY, OPTIMIZER, SLICE_BUDGET_MS, SYNTHETIC, type LearnedDatasetId } from './learned-config';
import { renderShapeChart, renderTraceChart, type CoefficientSnapshot } from './learned-charts';
import { coefficientTable, describeShapes, describeTrace, traceFigures, type TraceFigure } from './learned-view';
import { findLearnedElements, isLearnedDatasetId, readBases, readLearnedSettings, type LearnedElements, type LearnedSettings } from './learned-dom';
import { describeLearnedComparison, describeMeanMix, meanCoefficients, worstConstraintError } from './learned-summary';

/** Four charts redraw here (one per frame), so fewer updates than the shared default leave the CPU to training. */
const REPAINTS_PER_SECOND = 5;
/** The parts drawn one at a time: the shape chart, one coefficient chart per layer, then the results. */
const SHAPE_PART = 'shape';
const RESULTS_PART = 'results';
const TRACE_PART_PREFIX = 'trace-';
const tracePart = (layer: number): string => `${TRACE_PART_PREFIX}${layer}`;

const COMPARISON: ComparisonSpec = {
  name: 'learned activation',
  target: { id: LEARNED_ARM_ID, divergedReason: 'every learned-activation run diverged', resultSuffix: 'for the learned activation' },
  armCount: 3,
  train: { optimizer: OPTIMIZER, evaluateEvery: EVALUATE_EVERY, sliceBudgetMs: SLICE_BUDGET_MS },
};

type LearnedResults = ComparisonResults<LearnedSettings, CoefficientRows>;

/** The base seed's learned run, followed as it trains. */
interface Trace {
  start: number[];
  snapshots: CoefficientSnapshot[];
  figures: TraceFigure[];
}

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  demo.showBackend(await prepareBackend());
  new LearnedActivationWidget(findLearnedElements(root), demo).start();
}

async function loadData(id: LearnedDatasetId, seed: number): Promise<{ dataset: Dataset; inputScale: number }> {
  if (id === 'penguins') return { dataset: await loadRealDataset('penguins', { seed }), inputScale: 1 };
  const { size, noise, testFraction, inputScale } = SYNTHETIC;
  return { dataset: makeDataset(id, { size, noise, testFraction, seed }), inputScale };
}

class LearnedActivationWidget {
  readonly #el: LearnedElements;
  readonly #demo: DemoStateController;
  readonly #painter: PartPainter;
  readonly #session: SeedComparisonSession<LearnedSettings, CoefficientRows>;
  #trace?: Trace;

  constructor(elements: LearnedElements, demo: DemoStateController) {
    this.#el = elements;
    this.#demo = demo;
    this.#painter = createPartPainter({ order: () => this.#partOrder(), draw: (part) => this.#drawPart(part), watch: elements.shapeChart, maxPerSecond: REPAINTS_PER_SECOND });
    this.#session = new SeedComparisonSession(COMPARISON, { demo, current: elements.current, locked: [elements.dataset, elements.mode] }, {
      setup: async (settings) => {
        const { dataset, inputScale } = await loadData(settings.dataset, settings.baseSeed);
        const binary = dataset.numClasses === 2;
        const arms = learnedArms(
          { inputSize: dataset.inputSize, hidden: settings.hidden, outputSize: binary ? 1 : dataset.numClasses, output: binary ? 'sigmoid' : 'softmax', inputScale },
          { bases: settings.bases, mode: settings.mode },
        );
        return { arms, dataset };
      },
      onStart: ({ settings }) => {
        const start = coefficientsFromRaw(settings.mode, initialRaw(settings.mode, settings.bases.length));
        this.#trace = {
          start,
          snapshots: [{ epoch: 0, coefficients: settings.hidden.map(() => start.slice()) }],
          figures: traceFigures(this.#el.traces, settings.hidden.length),
        };
        this.#painter.markAll();
      },
      onProgress: ({ run, progress }, model) => {
        if (run.armId !== LEARNED_ARM_ID || run.seedIndex !== 0) return;
        this.#trace?.snapshots.push({ epoch: progress.epoch, coefficients: readCoefficients(model) });
        this.#painter.mark(...this.#traceParts());
        this.#painter.request();
      },
      onRunComplete: () => {
        this.#painter.mark(RESULTS_PART);
        this.#painter.request();
      },
      paint: () => this.#painter.paintMarked(),
    });
  }

  start(): void {
    validateWhileTyping(this.#el);
    this.#el.bases.addEventListener('change', () => readBases(this.#el));
    this.#el.dataset.addEventListener('change', () => {
      if (!this.#demo.running && isLearnedDatasetId(this.#el.dataset.value)) applyDatasetPreset(this.#el, DATASET_PRESETS[this.#el.dataset.value]);
    });
    this.#demo.onTrain(() => void this.#session.train(readLearnedSettings(this.#el)));
  }

  #traceParts(): string[] {
    const layers = this.#trace?.figures.length ?? 0;
    return [SHAPE_PART, ...Array.from({ length: layers }, (_, layer) => tracePart(layer))];
  }

  #partOrder(): string[] {
    return [...this.#traceParts(), RESULTS_PART];
  }

  #drawPart(part: string): void {
    const results = this.#session.results;
    const trace = this.#trace;
    if (!results || !trace) return;
    const palette = readPalette();
    const colours = readSeriesColours();
    if (part === SHAPE_PART) this.#paintShape(results, trace, palette, colours);
    else if (part === RESULTS_PART) this.#paintResults(results, palette, colours);
    else this.#paintTrace(results, trace, Number(part.slice(TRACE_PART_PREFIX.length)), palette, colours);
  }

  #paintShape({ settings }: LearnedResults, trace: Trace, palette: ChartPalette, colours: readonly string[]): void {
    const latest = trace.snapshots[trace.snapshots.length - 1]!;
    const shapeText = describeShapes(settings.bases, trace.start, latest);
    this.#el.shapeCaption.textContent = shapeText;
    const width = chartWidth(this.#el.shapeChart, CHART_MIN_WIDTH, CHART_MAX_WIDTH);
    drawSafely(this.#el.shapeChart, () => {
      this.#el.shapeChart.replaceChildren(renderShapeChart({
        bases: settings.bases, start: trace.start, layers: latest.coefficients, palette, colours, width, ariaLabel: shapeText,
      }));
    });
  }

  #paintTrace({ settings }: LearnedResults, trace: Trace, layer: number, palette: ChartPalette, colours: readonly string[]): void {
    const figure = trace.figures[layer];
    if (!figure) return;
    const text = describeTrace(settings.bases, layer, trace.snapshots);
    const width = chartWidth(figure.chart, CHART_MIN_WIDTH, CHART_MAX_WIDTH);
    figure.caption.textContent = text;
    drawSafely(figure.chart, () => {
      figure.chart.replaceChildren(renderTraceChart({
        bases: settings.bases, layer, trace: trace.snapshots, totalEpochs: settings.epochs, palette, colours, width, ariaLabel: text,
      }));
    });
  }

  #paintResults(results: LearnedResults, palette: ChartPalette, colours: readonly string[]): void {
    const { settings } = results;
    const summaries = labelledSummaries(results);
    const finishedRuns = results.runs.length;
    const width = chartWidth(this.#el.accuracyChart, CHART_MIN_WIDTH, ACCURACY_CHART_MAX_WIDTH);
    paintAccuracy({ elements: this.#el, summaries, finishedRuns, armNoun: 'network', palette, colours, width });

    const learnedRuns = results.runs.filter((run) => run.armId === LEARNED_ARM_ID && run.probe);
    this.#el.coefficients.replaceChildren(...(learnedRuns.length === 0 ? [] : [coefficientTable(settings.bases, learnedRuns)]));
    const constraint = worstConstraintError(learnedRuns, settings.mode);
    const constraintText = settings.mode === 'linear' || learnedRuns.length === 0
      ? ''
      : `Constraint check over every seed and layer: |Σ cᵢ − 1| is at most ${constraint.sum.toExponential(1)}${settings.mode === 'convex' ? `, and the smallest coefficient is ${constraint.negative > 0 ? `−${constraint.negative.toExponential(1)}` : '≥ 0'}` : ''}.`;
    showParagraphs(this.#el.summary, finishedRuns === 0 ? [] : [
      ...describeLearnedComparison(summaries, results.runs, results.testExamples),
      describeMeanMix(settings.bases, meanCoefficients(learnedRuns), learnedRuns.length),
      constraintText,
    ]);
  }
}
