/**
 * How the cells of a grid get run: in turn on this thread (runCellsInTurn), or spread over a pool
 * of workers (pool/run-pooled.ts). Both take the same setup and cells and report through the same
 * listener, so the runner, the page and the CLI do not care which.
 */
import type { GridCell } from './definition.ts';
import type { GridSetup } from './grid-setup.ts';
import { runCell, type CellProgress } from './run-cell.ts';
import type { RunRecord } from './run-record.ts';

export interface CellListener {
  onRunStart?(cell: GridCell): void;
  onProgress?(cell: GridCell, progress: CellProgress): void;
  /** May return a promise (e.g. saving the record); in turn, the next run waits for it. */
  onRunComplete?(record: RunRecord): void | Promise<void>;
}

export interface CellsOutcome {
  /** Finished runs in run order. */
  records: RunRecord[];
  stopped: boolean;
}

export type CellExecutor = (setup: GridSetup, cells: readonly GridCell[], listener: CellListener, signal?: AbortSignal) => Promise<CellsOutcome>;

export const runCellsInTurn: CellExecutor = async (setup, cells, listener, signal) => {
  const records: RunRecord[] = [];
  for (const cell of cells) {
    if (signal?.aborted) return { records, stopped: true };
    listener.onRunStart?.(cell);
    const record = await runCell(setup, cell, { ...(signal ? { signal } : {}), onProgress: (progress) => listener.onProgress?.(cell, progress) });
    if (record === null) return { records, stopped: true };
    records.push(record);
    await listener.onRunComplete?.(record);
  }
  return { records, stopped: false };
};
