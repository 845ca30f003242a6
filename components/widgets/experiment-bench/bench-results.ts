/**
 * What the bench's results show: the latest (or running) grid, or runs the reader picked, as parts
 * the skeleton's painter draws one per frame: the summary table, the verdicts and the reader's pair,
 * the loss curves and the saved-runs list. While the grid trains the table and the list follow run by
 * run at the painter's paced rate, the chart shows the latest finished run's curve, and the verdicts
 * (10,000 bootstrap resamples per pair) wait for the grid's end.
 */
import {
  activationLabel, describeExperiment, describePace, summariseRuns, summaryTable, type ExperimentConfig, type GridCell, type GridProgress, type RunRecord,
} from '../../../lab/index';
import { readPalette } from '../../ui/charts/chart-palette';
import { renderLossCurve } from '../../ui/charts/loss-curve';
import type { DemoStateController } from '../../ui/demo-run/demo-state';
import type { PartPainter } from '../../ui/demo-run/part-painter';
import type { BenchElements } from './bench-elements';
import { curveColours, describeCurves, renderCurves, type CurveSeries } from './bench-curves';
import { PairChooser } from './bench-pair';
import type { RunsPanel } from './bench-runs-panel';
import { renderSummaryTable } from './bench-summary-view';
import { renderVerdicts } from './bench-verdicts';

/** The view's parts, first drawn first. */
export const RESULT_PARTS = ['table', 'verdicts', 'curves', 'runs'] as const;
type ResultPart = (typeof RESULT_PARTS)[number];
/** What a saved run's arrival changes while a grid trains (the verdicts wait for its end). */
const PARTS_PER_RUN: readonly ResultPart[] = ['table', 'curves', 'runs'];
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
  readonly #pair: PairChooser;
  #view: View | undefined;
  /** From the grid's first run to finishGrid (which comes before the final paint). */
  #training = false;
  /** The latest run the grid finished, whose curve the chart shows while the grid trains. */
  #latest: RunRecord | undefined;
  /** Counts verdict drawings, so a slow one gives way to a newer one. */
  #verdictsDrawn = 0;

  constructor(root: HTMLElement, elements: BenchElements, runs: RunsPanel, painter: PartPainter, state: DemoStateController) {
    this.#root = root;
    this.#el = elements;
    this.#runs = runs;
    this.#painter = painter;
    this.#state = state;
    this.#pair = new PairChooser(elements);
  }

  show(view: View | undefined): void {
    this.#view = view;
    this.#painter.redraw(...RESULT_PARTS);
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
    if (!stillThere) this.showLatestGrid();
    else this.#painter.redraw(...(this.#training ? PARTS_PER_RUN : RESULT_PARTS));
  }

  beginGrid(): void {
    this.#training = true;
    this.#latest = undefined;
    this.#painter.redraw('verdicts');
  }

  endRun(record: RunRecord, config: ExperimentConfig): void {
    this.#latest = record;
    if (this.#view?.kind !== 'grid' || this.#view.gridId !== record.gridId) this.#view = { kind: 'grid', gridId: record.gridId, config, note: 'Running grid' };
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

  draw(part: string, slotWidth: number): void {
    const records = this.#records();
    if (part === 'table') this.#drawTable(records);
    else if (part === 'verdicts') this.#drawVerdicts(records);
    else if (part === 'curves') this.#drawCurves(records, Math.min(CURVE_MAX_WIDTH, Math.max(CURVE_MIN_WIDTH, slotWidth || CURVE_MAX_WIDTH)));
    else if (part === 'runs') this.#runs.drawTable();
  }

  #drawTable(records: readonly RunRecord[]): void {
    const el = this.#el;
    renderSummaryTable(el.summary, el.summaryCaption, this.#caption(records), summaryTable(summariseRuns(records)));
  }

  #drawVerdicts(records: readonly RunRecord[]): void {
    const drawing = ++this.#verdictsDrawn;
    if (this.#training) {
      this.#el.verdicts.hidden = true;
      this.#pair.hide();
      return;
    }
    this.#pair.show(records);
    void renderVerdicts(this.#el.verdicts, records, () => drawing === this.#verdictsDrawn);
  }

  #drawCurves(records: readonly RunRecord[], width: number): void {
    const el = this.#el;
    el.curveKey.replaceChildren();
    if (this.#training) return this.#drawLatestRun(width);
    const series: CurveSeries[] = records.map((record) => ({ runId: record.id, label: activationLabel(record.activation), points: record.history }));
    el.curvesCaption.textContent = describeCurves(series);
    if (series.length === 0) {
      el.curves.replaceChildren(Object.assign(document.createElement('p'), { className: 'placeholder', textContent: 'Run the grid to see the loss curves.' }));
      return;
    }
    const { chart, key } = renderCurves(series, readPalette(), curveColours(), width, CURVE_HEIGHT);
    el.curves.replaceChildren(chart);
    el.curveKey.replaceChildren(...(key ? [key] : []));
  }

  /** While the grid trains: one line, the latest finished run's loss, as cheap to draw as any demo's live curve. */
  #drawLatestRun(width: number): void {
    const latest = this.#latest;
    if (!latest) return;
    const about = `Latest finished run while the grid trains: ${activationLabel(latest.activation)}, seed ${latest.seed} (run ${latest.index + 1}); all runs' curves follow when the grid ends.`;
    const chart = renderLossCurve({ history: latest.history, totalEpochs: latest.config.epochs, palette: readPalette(), width, height: CURVE_HEIGHT });
    this.#el.curves.replaceChildren(chart);
    this.#el.curvesCaption.textContent = `${about} ${chart.getAttribute('aria-label') ?? chart.querySelector('svg')?.getAttribute('aria-label') ?? ''}`.trim();
  }
}
