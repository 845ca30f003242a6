/**
 * The experiment bench's module, loaded when the widget nears the screen. It reads the form (or the
 * address), runs the grid through lab's runner on the cpu backend (the CLI's backend, so the same
 * seed gives the same numbers), records every finished run in the store and draws the results.
 */
import { type ExperimentConfig, activationLabel, describeExperiment, runGrid, type GridProgress, type RunRecord, type HistoryPoint, bestMeanTestAccuracy, summariseRuns, summaryTable, yieldToEventLoop } from '../../../lab/index';
import { DemoStateController } from '../../ui/demo-run/demo-state';
import { prepareBackend, startLeakCheck } from '../../ui/backend/tf-backend';
import { onWidthChange } from '../../ui/demo-run/width-watch';
import { createRepaintScheduler, type RepaintScheduler } from '../../ui/demo-run/repaint';
import { onThemeChange, readPalette } from '../../ui/charts/chart-palette';
import { findBenchElements, type BenchElements } from './bench-elements';
import { readBenchForm, writeBenchForm } from './bench-form';
import { readUrlConfig, showNotices, writeUrlConfig } from './bench-url';
import { openRunStore, type OpenedStore } from './open-run-store';
import { renderSummaryTable } from './bench-summary-view';
import { curveColours, describeCurves, renderCurves, type CurveSeries } from './bench-curves';
import { RunsPanel } from './bench-runs-panel';

/** The CLI's backend: records made here and by `npm run experiment` can be compared number for number. */
export const BENCH_BACKEND = 'cpu';
const CURVE_HEIGHT = 260;
/** Redrawing the chart costs main-thread time that training needs; a few frames a second is enough. */
const LIVE_REPAINTS_PER_SECOND = 4;
/** The loss chart is a full Plot render that grows with the runs; while the grid runs it is redrawn at most this often. */
const LIVE_CURVES_INTERVAL_MS = 500;
const CURVE_MIN_WIDTH = 280;
const CURVE_MAX_WIDTH = 820;
const URL_NOTICE_HEADING = 'Some settings in this page’s address could not be used; the bench replaced them:';
const EMPTY_CAPTION = 'No runs yet. Press Run grid to train every activation with every seed.';

export async function mount(root: HTMLElement): Promise<void> {
  const demo = new DemoStateController(root);
  const elements = findBenchElements(root);
  const [backend, opened] = await Promise.all([prepareBackend(BENCH_BACKEND), openRunStore()]);
  demo.showBackend(backend);
  await new ExperimentBench(root, elements, demo, opened).start();
}

/** What the results table and chart show: the latest (or running) grid, or runs the reader picked. */
type View = { kind: 'grid'; gridId: string; config: ExperimentConfig; note?: string } | { kind: 'selection'; ids: string[] };

interface LiveRun {
  label: string;
  points: HistoryPoint[];
}

class ExperimentBench {
  readonly #root: HTMLElement;
  readonly #el: BenchElements;
  readonly #demo: DemoStateController;
  readonly #runs: RunsPanel;
  readonly #repaint: RepaintScheduler;
  #view: View | undefined;
  #live: LiveRun | undefined;
  #curvesDrawnAt = -Infinity;

  constructor(root: HTMLElement, elements: BenchElements, demo: DemoStateController, opened: OpenedStore) {
    this.#root = root;
    this.#el = elements;
    this.#demo = demo;
    this.#repaint = createRepaintScheduler(() => this.#paintResults(), { maxPerSecond: LIVE_REPAINTS_PER_SECOND });
    this.#runs = new RunsPanel(elements, opened, {
      onRecordsChanged: () => this.#afterRecordsChanged(),
      onCompare: (ids) => this.#show({ kind: 'selection', ids }),
      onShowLatest: () => this.#showLatestGrid(),
      onStorageChanged: (kind, message) => this.#showStorage(kind, message),
    });
    this.#showStorage(opened.store.kind, opened.message);
  }

  async start(): Promise<void> {
    const fromUrl = readUrlConfig();
    if (fromUrl) {
      writeBenchForm(this.#el, fromUrl.config);
      showNotices(this.#el.configNotice, URL_NOTICE_HEADING, fromUrl.notices);
    }
    this.#demo.onTrain(() => void this.#runGrid());
    onThemeChange(() => this.#repaint.flush());
    onWidthChange(this.#el.curves, () => this.#repaint.request());
    await this.#runs.load();
    this.#showLatestGrid();
  }

  #showStorage(kind: 'indexeddb' | 'memory', message: string): void {
    this.#root.dataset.storage = kind;
    this.#el.storage.textContent = message;
  }

  #showLatestGrid(): void {
    const latest = this.#runs.records.at(-1);
    this.#show(latest ? { kind: 'grid', gridId: latest.gridId, config: latest.config } : undefined);
  }

  #show(view: View | undefined): void {
    this.#view = view;
    this.#refresh();
  }

  /** While the grid trains, a later frame draws (so training slices stay short); otherwise now. */
  #refresh(): void {
    if (this.#demo.running) this.#repaint.request();
    else this.#repaint.flush();
  }

  #afterRecordsChanged(): void {
    const view = this.#view;
    const stillThere = view?.kind === 'grid'
      ? this.#demo.running || this.#runs.records.some((record) => record.gridId === view.gridId)
      : view?.kind === 'selection' && this.#runs.records.some((record) => view.ids.includes(record.id));
    if (stillThere) this.#refresh();
    else this.#showLatestGrid();
  }

  #viewRecords(): RunRecord[] {
    const view = this.#view;
    if (!view) return [];
    if (view.kind === 'grid') return this.#runs.records.filter((record) => record.gridId === view.gridId);
    const ids = new Set(view.ids);
    return this.#runs.records.filter((record) => ids.has(record.id));
  }

  #caption(records: readonly RunRecord[]): string {
    const view = this.#view;
    if (!view || (records.length === 0 && !this.#demo.running)) return EMPTY_CAPTION;
    if (view.kind === 'selection') return `Comparing ${records.length} selected run${records.length === 1 ? '' : 's'}.`;
    return `${view.note ?? 'Latest grid'}: ${describeExperiment(view.config)}.`;
  }

  #paintResults(): void {
    // Read before anything is written: a read after a write would force a layout.
    const slotWidth = this.#el.curves.clientWidth;
    const records = this.#viewRecords();
    if (this.#demo.running && performance.now() - this.#curvesDrawnAt < LIVE_CURVES_INTERVAL_MS) {
      this.#repaint.request();
      return;
    }
    this.#curvesDrawnAt = performance.now();
    renderSummaryTable(this.#el.summary, this.#el.summaryCaption, this.#caption(records), summaryTable(summariseRuns(records)));
    const series: CurveSeries[] = records.map((record) => ({ runId: record.id, label: activationLabel(record.activation), points: record.history }));
    if (this.#live && this.#live.points.length > 0) series.push({ runId: 'live', label: this.#live.label, points: this.#live.points });
    this.#el.curvesCaption.textContent = describeCurves(series);
    if (series.length === 0) {
      const placeholder = Object.assign(document.createElement('p'), { className: 'placeholder', textContent: 'Run the grid to see the loss curves.' });
      this.#el.curves.replaceChildren(placeholder);
      this.#el.curveKey.replaceChildren();
      return;
    }
    const width = Math.min(CURVE_MAX_WIDTH, Math.max(CURVE_MIN_WIDTH, slotWidth || CURVE_MAX_WIDTH));
    const { chart, key } = renderCurves(series, readPalette(), curveColours(), width, CURVE_HEIGHT);
    this.#el.curves.replaceChildren(chart);
    this.#el.curveKey.replaceChildren(...(key ? [key] : []));
  }

  #showRunProgress(progress: GridProgress | undefined, config?: ExperimentConfig): void {
    const { runProgress, runLabel, runProgressTrack, runProgressBar } = this.#el;
    runProgress.hidden = progress === undefined;
    if (!progress || !config) return;
    const { plan, epoch, totalEpochs, totalRuns } = progress;
    runLabel.textContent = `Run ${plan.index + 1} of ${totalRuns}: ${activationLabel(plan.activation)}, seed ${plan.seed}`;
    runProgressTrack.setAttribute('aria-valuemax', String(totalEpochs));
    runProgressTrack.setAttribute('aria-valuenow', String(epoch));
    runProgressTrack.setAttribute('aria-valuetext', `epoch ${epoch} of ${totalEpochs}`);
    runProgressBar.style.width = `${((100 * epoch) / Math.max(1, totalEpochs)).toFixed(1)}%`;
    const gridEpochs = totalRuns * config.epochs;
    this.#demo.progress(plan.index * config.epochs + epoch, gridEpochs);
    this.#root.querySelector('[data-part="progress"]')?.setAttribute('aria-valuetext', `run ${plan.index + 1} of ${totalRuns}, ${Math.round(100 * progress.overall)}% of the grid`);
  }

  async #runGrid(): Promise<void> {
    const reading = readBenchForm(this.#el);
    if (!reading.ok) {
      this.#demo.say(`The grid did not start: ${reading.reason}`);
      return;
    }
    const { config } = reading;
    showNotices(this.#el.configNotice, 'Some settings were adjusted before the grid started:', reading.notices);
    writeUrlConfig(config);
    const totalRuns = config.activations.length * config.seeds;
    const signal = this.#demo.begin(totalRuns * config.epochs);
    const checkLeaks = startLeakCheck('experiment bench');
    let gridId: string | undefined;
    try {
      // The click's set-up and loading the data set and first model are separate tasks.
      await yieldToEventLoop();
      const outcome = await runGrid(config, {
        signal,
        onRunStart: (plan) => {
          this.#live = { label: activationLabel(plan.activation), points: [] };
          this.#showRunProgress({ plan, totalRuns, epoch: 0, totalEpochs: config.epochs, loss: NaN, overall: plan.index / totalRuns }, config);
        },
        onProgress: (progress) => {
          this.#live?.points.push({ epoch: progress.epoch, loss: progress.loss });
          this.#showRunProgress(progress, config);
          this.#repaint.request();
        },
        onRunComplete: (record) => {
          this.#live = undefined;
          if (gridId === undefined) {
            gridId = record.gridId;
            this.#show({ kind: 'grid', gridId, config, note: 'Running grid' });
          }
          return this.#runs.add([record]);
        },
      });
      this.#live = undefined;
      await this.#runs.settled();
      this.#showRunProgress(undefined);
      await this.#finish(outcome.records, outcome.stopped, outcome.totalRuns, outcome.elapsedMs, config);
    } catch (error) {
      this.#live = undefined;
      this.#showRunProgress(undefined);
      this.#demo.fail(error);
    } finally {
      checkLeaks();
    }
  }

  async #finish(records: RunRecord[], stopped: boolean, totalRuns: number, elapsedMs: number, config: ExperimentConfig): Promise<void> {
    const gridId = records[0]?.gridId;
    const note = stopped ? `Stopped after ${records.length} of ${totalRuns} runs (finished runs kept)` : `Latest grid (${totalRuns} runs)`;
    // The final chart gets a task of its own, not the tail of the last training slice.
    await yieldToEventLoop();
    this.#curvesDrawnAt = -Infinity;
    if (gridId) this.#show({ kind: 'grid', gridId, config, note });
    else this.#showLatestGrid();
    this.#repaint.flush();
    if (stopped) {
      this.#demo.finish({ kind: 'stopped', epoch: records.length * config.epochs, totalEpochs: totalRuns * config.epochs });
      this.#demo.say(`Stopped after ${records.length} of ${totalRuns} runs; the finished runs are kept. Press Run grid to start again.`);
      return;
    }
    const best = bestMeanTestAccuracy(summariseRuns(records));
    if (best === null) {
      const diverged = records.find((record) => record.status === 'diverged');
      this.#demo.finish(diverged
        ? { kind: 'diverged', epoch: diverged.epochs, reason: 'no run finished with a finite loss' }
        : { kind: 'error', message: records.find((record) => record.message)?.message ?? 'no run finished.' });
      return;
    }
    this.#demo.finish({ kind: 'done', value: best, elapsedMs });
  }
}
