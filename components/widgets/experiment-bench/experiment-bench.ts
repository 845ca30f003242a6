/**
 * The experiment bench's module, loaded when the widget nears the screen, on the demo run skeleton.
 * It reads the form (or the address), runs the grid through lab's run orchestrator on the cpu backend
 * (the CLI's backend, so the same seed gives the same numbers), records every finished run in the
 * store and draws the results.
 */
import {
  bestMeanTestAccuracy, enginesUsed, expandGrid, prepareGrid, runGrid, summariseRuns, yieldToEventLoop, type ExperimentConfig, type GridCell,
} from '../../../lab/index';
import { engineForNextRun } from '../../ui/backend/engine-control';
import { mountDemo, type Figure } from '../../ui/demo-run/demo-run';
import { findBenchElements } from './bench-elements';
import { readBenchForm, writeBenchForm, type FormReading } from './bench-form';
import { BenchResults, RESULT_PARTS } from './bench-results';
import { CsvPanel } from './bench-csv';
import { benchPool } from './bench-pool';
import { RunsPanel } from './bench-runs-panel';
import { linkToConfig, readUrlConfig, showNotices, writeUrlConfig } from './bench-url';
import { openRunStore } from './open-run-store';

/** The CLI's backend: records made here and by `npm run experiment` can be compared number for number. */
export const BENCH_BACKEND = 'cpu';
/** The progress bar counts the grid's overall fraction in this many steps (runs finish out of order in the pool). */
const PROGRESS_STEPS = 1000;
const URL_NOTICE_HEADING = 'Some settings in this page’s address could not be used; the bench replaced them:';

type BenchSettings = Extract<FormReading, { ok: true }>;

export async function mount(root: HTMLElement): Promise<void> {
  const el = findBenchElements(root);
  const opened = await openRunStore();
  let results: BenchResults | undefined;
  const runs = new RunsPanel(el, opened, {
    onRecordsChanged: () => results?.afterRecordsChanged(),
    onCompare: (ids) => results?.show({ kind: 'selection', ids }),
    onShowLatest: () => results?.showLatestGrid(),
    onStorageChanged: (kind, message) => showStorage(kind, message),
  });
  const showStorage = (kind: string, message: string): void => {
    root.dataset.storage = kind;
    el.storage.textContent = message;
  };
  showStorage(opened.store.kind, opened.message);
  await runs.load();
  const csv = new CsvPanel(el);
  await mountDemo<BenchSettings>(root, { name: 'experiment bench', work: 'The grid', backend: BENCH_BACKEND, watch: () => [el.curves] }, ({ painter, state }) => {
    const view = new BenchResults(root, el, runs, painter, state);
    results = view;
    let grid: { gridId: string; cells: GridCell[]; config: ExperimentConfig } | undefined;
    return {
      readSettings: () => {
        const reading = readBenchForm(el, csv.source);
        return reading.ok ? { ok: true, settings: reading } : { ok: false, field: 'form', reason: reading.reason };
      },
      link: () => {
        const reading = readBenchForm(el, csv.source);
        return reading.ok ? { ok: true, url: linkToConfig(reading.config) } : reading;
      },
      work: async ({ config, notices }, { signal, progress }) => {
        showNotices(el.configNotice, 'Some settings were adjusted before the grid started:', notices);
        writeUrlConfig(config);
        // The click's task ends here, and after the data set is made: each step is its own task.
        await yieldToEventLoop();
        const data = config.csv ? await csv.load(config.dataSeed) : null;
        if (data && !data.ok) throw new Error(data.problem);
        // The reader's engine setting, as for every demo; a worker of the pool trains on it too.
        const setup = await prepareGrid(data ? { ...config, csv: data.csv } : config, { engine: engineForNextRun(), ...(data ? { dataset: data.dataset } : {}) });
        await yieldToEventLoop();
        const cells = expandGrid(setup.config);
        grid = { gridId: setup.gridId, cells, config: setup.config };
        const pool = benchPool(cells.length);
        let shown = 0;
        view.beginGrid();
        const outcome = await runGrid(setup, {
          signal,
          executor: pool.executor,
          onProgress: (event) => {
            view.showRunProgress(event, pool.size);
            shown = Math.round(event.overall * PROGRESS_STEPS);
            progress(shown, PROGRESS_STEPS);
          },
          onRunComplete: (record) => {
            view.endRun(record, setup.config);
            return runs.add([record]);
          },
        });
        // In the bar's own units: the grid's overall fraction, in steps.
        return { stopped: outcome.stopped, epochsDone: outcome.stopped ? shown : PROGRESS_STEPS, totalEpochs: PROGRESS_STEPS, engines: enginesUsed(outcome.records) };
      },
      figure: (): Figure => {
        const records = runs.records.filter((record) => record.gridId === grid?.gridId);
        const best = bestMeanTestAccuracy(summariseRuns(records));
        if (best !== null) return { kind: 'done', value: best };
        const diverged = records.find((record) => record.status === 'diverged');
        return diverged
          ? { kind: 'diverged', epoch: diverged.epochs, reason: 'no run finished with a finite loss' }
          : { kind: 'error', message: records.find((record) => record.message)?.message ?? 'no run finished.' };
      },
      stoppedMessage: () => {
        const kept = runs.records.filter((record) => record.gridId === grid?.gridId).length;
        return `Stopped after ${kept} of ${grid?.cells.length ?? 0} runs; the finished runs are kept. Press Run grid to start again.`;
      },
      end: () => view.finishGrid(grid, runs.records.filter((record) => record.gridId === grid?.gridId).length),
      parts: () => RESULT_PARTS,
      draw: (part) => view.draw(part, painter.width(el.curves)),
      start: () => {
        const fromUrl = readUrlConfig();
        if (fromUrl) {
          writeBenchForm(el, fromUrl.config);
          showNotices(el.configNotice, URL_NOTICE_HEADING, fromUrl.notices);
        }
        view.showLatestGrid();
      },
    };
  });
}
