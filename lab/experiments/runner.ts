/**
 * runGrid: an experiment's grid (every activation × every seed, or the part of it given: a shard,
 * the runs a resumed job lacks) through an executor (in turn, or a pool of workers), with per-run
 * and overall progress. An aborted signal ends the grid at once; the runs that had finished are
 * kept, those in progress are dropped. A run that fails is recorded as an error and the grid goes on.
 */
import type { Dataset } from '../types.ts';
import { runCellsInTurn, type CellExecutor } from './cell-executor.ts';
import type { ExperimentConfig, GridCell } from './definition.ts';
import { expandGrid } from './expand-grid.ts';
import { loadExperimentDataset } from './experiment-dataset.ts';
import { trackGrid, type GridPace } from './grid-progress.ts';
import { gridSetup, type GridSetup, type SetupOptions } from './grid-setup.ts';
import type { RunRecord } from './run-record.ts';

export interface GridProgress extends GridPace {
  cell: GridCell;
  epoch: number;
  totalEpochs: number;
  loss: number;
}

export interface RunGridOptions {
  signal?: AbortSignal;
  /** The cells to run, in run order; by default the whole grid. */
  cells?: readonly GridCell[];
  /** In turn on this thread by default. */
  executor?: CellExecutor;
  onRunStart?: (cell: GridCell, totalRuns: number) => void;
  onProgress?: (progress: GridProgress) => void;
  onRunComplete?: (record: RunRecord, pace: GridPace) => void | Promise<void>;
}

export interface GridOutcome {
  gridId: string;
  config: ExperimentConfig;
  dataHash: string;
  /** Finished runs in run order. */
  records: RunRecord[];
  /** Runs this call was asked to do. */
  totalRuns: number;
  stopped: boolean;
  elapsedMs: number;
}

/** Loads the config's data set (unless given, as a CSV file's must be) and makes the grid's setup. */
export async function prepareGrid(config: ExperimentConfig, options: SetupOptions & { dataset?: Dataset } = {}): Promise<GridSetup> {
  const { dataset, ...setupOptions } = options;
  return gridSetup(config, dataset ?? (await loadExperimentDataset(config)), setupOptions);
}

export async function runGrid(setup: GridSetup, options: RunGridOptions = {}): Promise<GridOutcome> {
  const startedAt = performance.now();
  const cells = options.cells ?? expandGrid(setup.config);
  const totalRuns = cells.length;
  const tracker = trackGrid(totalRuns, startedAt);
  const execute = options.executor ?? runCellsInTurn;
  const byIndex = new Map(cells.map((cell) => [cell.index, cell]));
  const { records, stopped } = await execute(setup, cells, {
    onRunStart: (cell) => options.onRunStart?.(cell, totalRuns),
    onProgress: (cell, progress) => {
      tracker.progress(cell, progress.epoch, progress.totalEpochs);
      options.onProgress?.({ ...tracker.pace(), cell, ...progress });
    },
    onRunComplete: (record) => {
      tracker.done(byIndex.get(record.index)!);
      return options.onRunComplete?.(record, tracker.pace());
    },
  }, options.signal);
  return { gridId: setup.gridId, config: setup.config, dataHash: setup.dataHash, records, totalRuns, stopped, elapsedMs: performance.now() - startedAt };
}
