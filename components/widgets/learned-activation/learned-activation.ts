/**
 * The learned-activation widget's module, loaded when the widget nears the screen. Train reads the
 * settings, makes the data set, and asks lab/ to train the learned-mix network, fixed ReLU and fixed
 * tanh once per seed. The base seed's learned run is traced: its coefficients every few epochs, drawn
 * live as curves per base function and as the shape of each layer's g(x).
 */
import { makeDataset } from '../../../lab/datasets/index';
import { loadRealDataset } from '../../../lab/datasets/real/index';
import { runSeedComparison, summariseArms, type ComparisonRun, type RunKey } from '../../../lab/comparison/index';
import { coefficientsFromRaw, initialRaw, LEARNED_ARM_ID, learnedArms, readCoefficients, type CoefficientRows } from '../../../lab/learned/index';
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
import { ACCURACY_CHART_MAX_WIDTH, CHART_MAX_WIDTH, CHART_MIN_WIDTH, EVALUATE_EVERY, OPTIMIZER, SLICE_BUDGET_MS, SYNTHETIC, type LearnedDatasetId } from './learned-config';
import { renderShapeChart, renderTraceChart, type CoefficientSnapshot } from './learned-charts';
import { coefficientTable, describeShapes, describeTrace, placeholder, traceFigures, type TraceFigure } from './learned-view';
import { applyPreset, findLearnedElements, isLearnedDatasetId, numberFields, readBases, readLearnedSettings, type LearnedElements, type LearnedSettings } from './learned-dom';
import { describeLearnedComparison, describeMeanMix, meanCoefficients, worstConstraintError } from './learned-summary';

/** Four charts redraw here (one per frame), so fewer updates than the shared default leave the CPU to training. */
const REPAINTS_PER_SECOND = 5;
/** The parts drawn one at a time: the shape chart, one coefficient chart per layer, then the results. */
const SHAPE_PART = 'shape';
const RESULTS_PART = 'results';
const TRACE_PART_PREFIX = 'trace-';
const tracePart = (layer: number): string => `${TRACE_PART_PREFIX}${layer}`;

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

interface Session {
  settings: LearnedSettings;
  labels: Map<string, string>;
  armIds: string[];
  runs: ComparisonRun<CoefficientRows>[];
  testExamples: number;
  start: number[];
  trace: CoefficientSnapshot[];
  figures: TraceFigure[];
}

function chartWidth(target: HTMLElement, max: number): number {
  return Math.round(Math.min(max, Math.max(CHART_MIN_WIDTH, target.clientWidth || max)));
}

class LearnedActivationWidget {
  readonly #el: LearnedElements;
  readonly #demo: DemoStateController;
  readonly #parts = createPaintQueue(() => this.#partOrder(), (part) => this.#drawPart(part));
  readonly #repaint = createRepaintScheduler(() => this.#parts.run(), { maxPerSecond: REPAINTS_PER_SECOND });
  #session?: Session;
  /** Epochs trained over all runs so far, for the stopped message. */
  #epochsDone = 0;

  constructor(elements: LearnedElements, demo: DemoStateController) {
    this.#el = elements;
    this.#demo = demo;
  }

  start(): void {
    for (const field of numberFields(this.#el)) field.addEventListener('input', () => readNumberField(field));
    this.#el.bases.addEventListener('change', () => readBases(this.#el));
    this.#el.dataset.addEventListener('change', () => {
      if (!this.#demo.running && isLearnedDatasetId(this.#el.dataset.value)) applyPreset(this.#el, this.#el.dataset.value);
    });
    this.#demo.onTrain(() => void this.#train());
    onThemeChange(() => {
      this.#markAllDirty();
      void this.#parts.drain();
    });
    new ResizeObserver(() => {
      this.#markAllDirty();
      this.#repaint.request();
    }).observe(this.#el.shapeChart);
  }

  async #train(): Promise<void> {
    const reading = readLearnedSettings(this.#el);
    if (!reading.ok) {
      this.#demo.say(`Training did not start: ${reading.reason}`);
      return;
    }
    const { settings } = reading;
    const totalEpochs = settings.epochs * settings.seedCount * 3;
    const signal = this.#demo.begin(totalEpochs);
    this.#epochsDone = 0;
    const selects = [this.#el.dataset, this.#el.mode];
    selects.forEach((select) => { select.disabled = true; });
    const tensorsBefore = liveTensorCount();
    try {
      const { dataset, inputScale } = await loadData(settings.dataset, settings.baseSeed);
      const binary = dataset.numClasses === 2;
      const arms = learnedArms(
        { inputSize: dataset.inputSize, hidden: settings.hidden, outputSize: binary ? 1 : dataset.numClasses, output: binary ? 'sigmoid' : 'softmax', inputScale },
        { bases: settings.bases, mode: settings.mode },
      );
      const start = coefficientsFromRaw(settings.mode, initialRaw(settings.mode, settings.bases.length));
      this.#session = {
        settings,
        labels: new Map(arms.map((arm) => [arm.id, arm.label])),
        armIds: arms.map((arm) => arm.id),
        runs: [],
        testExamples: dataset.test.xs.length,
        start,
        trace: [{ epoch: 0, coefficients: settings.hidden.map(() => start.slice()) }],
        figures: traceFigures(this.#el.traces, settings.hidden.length),
      };
      this.#markAllDirty();
      await this.#paintNow();
      const outcome = await runSeedComparison({
        arms,
        dataset,
        baseSeed: settings.baseSeed,
        seedCount: settings.seedCount,
        train: { epochs: settings.epochs, learningRate: settings.learningRate, optimizer: OPTIMIZER, evaluateEvery: EVALUATE_EVERY, sliceBudgetMs: SLICE_BUDGET_MS },
        signal,
        onRunStart: (run, totalRuns) => this.#showCurrent(run, totalRuns),
        onProgress: ({ run, progress }, model) => {
          this.#epochsDone = run.index * settings.epochs + progress.epoch;
          this.#demo.progress(this.#epochsDone, totalEpochs);
          if (run.armId === LEARNED_ARM_ID && run.seedIndex === 0) {
            this.#session?.trace.push({ epoch: progress.epoch, coefficients: readCoefficients(model) });
            this.#markTracesDirty();
            this.#repaint.request();
          }
        },
        onRunComplete: (run) => {
          this.#session?.runs.push(run);
          this.#parts.mark(RESULTS_PART);
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
      selects.forEach((select) => { select.disabled = false; });
      const leaked = liveTensorCount() - tensorsBefore;
      if (leaked !== 0) console.error(`learned activation: ${leaked} tensor(s) not disposed after training`);
    }
  }

  #showCurrent(run: RunKey, totalRuns: number): void {
    const label = this.#session?.labels.get(run.armId) ?? run.armId;
    this.#el.current.textContent = `Run ${run.index + 1} of ${totalRuns}: ${label}, seed ${run.seed}.`;
  }

  #finish(stopped: boolean, elapsedMs: number, totalEpochs: number): void {
    const session = this.#session;
    const runs = session?.runs ?? [];
    if (stopped || !session) {
      this.#demo.finish({ kind: 'stopped', epoch: this.#epochsDone, totalEpochs });
      return;
    }
    const learned = this.#summaries(session).find((summary) => summary.armId === LEARNED_ARM_ID);
    if (!learned || learned.mean === null) {
      const first = runs.find((run) => run.status === 'diverged');
      this.#demo.finish({ kind: 'diverged', epoch: first?.epochs ?? 0, reason: 'every learned-activation run diverged' });
      return;
    }
    this.#demo.finish({ kind: 'done', value: learned.mean, elapsedMs, format: (value) => `${percent(value)} for the learned activation` });
  }

  #summaries(session: Session): LabelledSummary[] {
    return summariseArms(session.armIds, session.runs).map((summary) => ({ ...summary, label: session.labels.get(summary.armId) ?? summary.armId }));
  }

  #markTracesDirty(): void {
    const layers = this.#session?.figures.length ?? 0;
    this.#parts.mark(SHAPE_PART, ...Array.from({ length: layers }, (_, layer) => tracePart(layer)));
  }

  #markAllDirty(): void {
    this.#markTracesDirty();
    this.#parts.mark(RESULTS_PART);
  }

  #partOrder(): string[] {
    const layers = this.#session?.figures.length ?? 0;
    return [SHAPE_PART, ...Array.from({ length: layers }, (_, layer) => tracePart(layer)), RESULTS_PART];
  }

  /** Every changed part drawn now, one task each, with no paint left pending (start and end of a run). */
  async #paintNow(): Promise<void> {
    this.#repaint.cancel();
    await this.#parts.drain();
  }

  #drawPart(part: string): void {
    const session = this.#session;
    if (!session) return;
    const palette = readPalette();
    const colours = readSeriesColours();
    if (part === SHAPE_PART) this.#paintShape(session, palette, colours);
    else if (part === RESULTS_PART) this.#paintResults(session, palette, colours);
    else this.#paintTrace(session, Number(part.slice(TRACE_PART_PREFIX.length)), palette, colours);
  }

  #paintShape(session: Session, palette: ChartPalette, colours: readonly string[]): void {
    const { settings } = session;
    const latest = session.trace[session.trace.length - 1]!;
    const shapeText = describeShapes(settings.bases, session.start, latest);
    this.#el.shapeCaption.textContent = shapeText;
    const width = chartWidth(this.#el.shapeChart, CHART_MAX_WIDTH);
    drawSafely(this.#el.shapeChart, () => {
      this.#el.shapeChart.replaceChildren(renderShapeChart({
        bases: settings.bases, start: session.start, layers: latest.coefficients, palette, colours, width, ariaLabel: shapeText,
      }));
    });
  }

  #paintTrace(session: Session, layer: number, palette: ChartPalette, colours: readonly string[]): void {
    const figure = session.figures[layer];
    if (!figure) return;
    const { settings } = session;
    const text = describeTrace(settings.bases, layer, session.trace);
    const width = chartWidth(figure.chart, CHART_MAX_WIDTH);
    figure.caption.textContent = text;
    drawSafely(figure.chart, () => {
      figure.chart.replaceChildren(renderTraceChart({
        bases: settings.bases, layer, trace: session.trace, totalEpochs: settings.epochs, palette, colours, width, ariaLabel: text,
      }));
    });
  }

  #paintResults(session: Session, palette: ChartPalette, colours: readonly string[]): void {
    const { settings } = session;
    const summaries = this.#summaries(session);
    const finished = session.runs.length;
    const width = chartWidth(this.#el.accuracyChart, ACCURACY_CHART_MAX_WIDTH);
    this.#el.resultRows.replaceChildren(...seedAccuracyRows(summaries));
    const accuracyText = finished === 0
      ? 'Test accuracy of every run, with the mean and ± one standard deviation per network: no runs finished yet.'
      : `Test accuracy of every run (hollow markers, one per seed) with the mean (filled marker) and a bar of ± one standard deviation, per network. ${summaries.map((s) => `${s.label}: ${s.accuracies.map((a) => percent(a)).join(', ') || 'no runs yet'}.`).join(' ')}`;
    this.#el.accuracyCaption.textContent = accuracyText;
    drawSafely(this.#el.accuracyChart, () => {
      this.#el.accuracyChart.replaceChildren(finished === 0
        ? placeholder('The first run is training.')
        : renderSeedAccuracyChart({ summaries, palette, colours, width, ariaLabel: accuracyText }));
    });

    const learnedRuns = session.runs.filter((run) => run.armId === LEARNED_ARM_ID && run.probe);
    this.#el.coefficients.replaceChildren(...(learnedRuns.length === 0 ? [] : [coefficientTable(settings.bases, learnedRuns)]));
    const constraint = worstConstraintError(learnedRuns, settings.mode);
    const constraintText = settings.mode === 'linear' || learnedRuns.length === 0
      ? ''
      : `Constraint check over every seed and layer: |Σ cᵢ − 1| is at most ${constraint.sum.toExponential(1)}${settings.mode === 'convex' ? `, and the smallest coefficient is ${constraint.negative > 0 ? `−${constraint.negative.toExponential(1)}` : '≥ 0'}` : ''}.`;
    const paragraphs = finished === 0 ? [] : [
      ...describeLearnedComparison(summaries, session.runs, session.testExamples),
      describeMeanMix(settings.bases, meanCoefficients(learnedRuns), learnedRuns.length),
      constraintText,
    ];
    this.#el.summary.replaceChildren(...paragraphs.filter(Boolean).map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  }
}
