/**
 * What the bench's results show: the latest (or running) grid, or runs the reader picked, as a summary
 * table (updated run by run while the grid trains) and loss curves and verdicts (drawn when it ends),
 * and the grid's progress: runs done, time left.
 */
import {
  activationLabel, describeExperiment, describePace, summariseRuns, summaryTable, type ExperimentConfig, type GridCell, type GridProgress, type RunRecord,
} from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import type { DemoStateController } from '../../ui/demo-run/demo-state';
import type { PartPainter } from '../../ui/demo-run/part-painter';
import type { BenchElements } from './bench-elements';
import { curveColours, describeCurves, renderCurves, type CurveSeries } from './bench-curves';
import type { RunsPanel } from './bench-runs-panel';
import { renderSummaryTable } from './bench-summary-view';
import { renderVerdicts } from './bench-verdicts';

const CURVE_HEIGHT = 260;
const CURVE_MIN_WIDTH = 280;
const CURVE_MAX_WIDTH = 820;
const EMPTY_CAPTION = 'No runs yet. Press Run grid to train every activation with every seed.';

type View = { kind: 'grid'; gridId: string; config: ExperimentConfig; note?: string } | { kind: 'selection'; ids: string[] };

export class BenchResults {
  readonly #root: HTMLElement;
  readonly #el: BenchElements;
  readonly #runs: RunsPanel;
  readonly #painter: PartPainter;
  readonly #state: DemoStateController;
  #view: View | undefined;
  /** From the grid's first run to finishGrid (which comes before the final paint). */
  #training = false;

  constructor(root: HTMLElement, elements: BenchElements, runs: RunsPanel, painter: PartPainter, state: DemoStateController) {
    this.#root = root;
    this.#el = elements;
    this.#runs = runs;
    this.#painter = painter;
    this.#state = state;
  }

  show(view: View | undefined): void {
    this.#view = view;
    this.#painter.redraw('results');
  }

  showLatestGrid(): void {
    const latest = this.#runs.records.at(-1);
    this.show(latest ? { kind: 'grid', gridId: latest.gridId, config: latest.config } : undefined);
  }

  afterRecordsChanged(): void {
    const view = this.#view;
    const stillThere = view?.kind === 'grid'
      ? this.#state.running || this.#runs.records.some((record) => record.gridId === view.gridId)
      : view?.kind === 'selection' && this.#runs.records.some((record) => view.ids.includes(record.id));
    if (stillThere) this.#painter.redraw('results');
    else this.showLatestGrid();
  }

  beginGrid(): void {
    this.#training = true;
  }

  endRun(gridId: string, config: ExperimentConfig): void {
    if (this.#view?.kind !== 'grid' || this.#view.gridId !== gridId) this.#view = { kind: 'grid', gridId, config, note: 'Running grid' };
  }

  /** After a Train: the grid's note says whether it was stopped, and the run's own progress bar goes. */
  finishGrid(grid: { gridId: string; cells: GridCell[]; config: ExperimentConfig } | undefined, kept: number): void {
    this.#training = false;
    this.#el.runProgress.hidden = true;
    if (!grid || kept === 0) return this.showLatestGrid();
    const total = grid.cells.length;
    const note = kept < total ? `Stopped after ${kept} of ${total} runs (finished runs kept)` : `Latest grid (${total} runs)`;
    this.show({ kind: 'grid', gridId: grid.gridId, config: grid.config, note });
  }

  /** The grid's progress: runs done of the total and the time left, and the epochs of the run last heard from. */
  showRunProgress(event: GridProgress, workers: number): void {
    const { runProgress, runLabel, runProgressTrack, runProgressBar } = this.#el;
    const { cell, epoch, totalEpochs } = event;
    runProgress.hidden = false;
    const pool = workers > 1 ? ` · ${workers} workers` : '';
    runLabel.textContent = `${describePace(event)}${pool} · run ${cell.index + 1}: ${activationLabel(cell.activation)}, seed ${cell.seed}`;
    runProgressTrack.setAttribute('aria-valuemax', String(totalEpochs));
    runProgressTrack.setAttribute('aria-valuenow', String(epoch));
    runProgressTrack.setAttribute('aria-valuetext', `epoch ${epoch} of ${totalEpochs}`);
    runProgressBar.style.width = `${((100 * epoch) / Math.max(1, totalEpochs)).toFixed(1)}%`;
    this.#root.querySelector('[data-part="progress"]')?.setAttribute('aria-valuetext', `${describePace(event)}, ${Math.round(100 * event.overall)}% of the grid`);
  }

  #records(): RunRecord[] {
    const view = this.#view;
    if (!view) return [];
    if (view.kind === 'grid') return this.#runs.records.filter((record) => record.gridId === view.gridId);
    const ids = new Set(view.ids);
    return this.#runs.records.filter((record) => ids.has(record.id));
  }

  #caption(records: readonly RunRecord[]): string {
    const view = this.#view;
    if (!view || (records.length === 0 && !this.#state.running)) return EMPTY_CAPTION;
    if (view.kind === 'selection') return `Comparing ${records.length} selected run${records.length === 1 ? '' : 's'}.`;
    return `${view.note ?? 'Latest grid'}: ${describeExperiment(view.config)}.`;
  }

  draw(slotWidth: number): void {
    const el = this.#el;
    const records = this.#records();
    renderSummaryTable(el.summary, el.summaryCaption, this.#caption(records), summaryTable(summariseRuns(records)));
    // While the pool trains, the page keeps every frame short: the chart and the verdicts (a full
    // Plot render, 10,000 bootstrap resamples per pair) wait for the grid's end; the table does not.
    if (this.#training) return;
    renderVerdicts(el.verdicts, records);
    const series: CurveSeries[] = records.map((record) => ({ runId: record.id, label: activationLabel(record.activation), points: record.history }));
    el.curvesCaption.textContent = describeCurves(series);
    if (series.length === 0) {
      el.curves.replaceChildren(Object.assign(document.createElement('p'), { className: 'placeholder', textContent: 'Run the grid to see the loss curves.' }));
      el.curveKey.replaceChildren();
      return;
    }
    const width = Math.min(CURVE_MAX_WIDTH, Math.max(CURVE_MIN_WIDTH, slotWidth || CURVE_MAX_WIDTH));
    const { chart, key } = renderCurves(series, readPalette(), curveColours(), width, CURVE_HEIGHT);
    el.curves.replaceChildren(chart);
    el.curveKey.replaceChildren(...(key ? [key] : []));
  }
}
