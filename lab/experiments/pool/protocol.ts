/**
 * What the grid's pool and its workers say to each other, as plain data (structured clone carries
 * it to a Web Worker or a Node worker thread alike). The pool sends the grid's setup once, then
 * one cell at a time; a worker answers ready, progress, done, or failed.
 */
import type { GridCell } from '../definition.ts';
import type { GridSetup } from '../grid-setup.ts';
import type { CellProgress } from '../run-cell.ts';
import type { RunRecord } from '../run-record.ts';

export type ToWorker =
  | { type: 'setup'; setup: GridSetup }
  | { type: 'run'; cell: GridCell };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; index: number; progress: CellProgress }
  | { type: 'done'; record: RunRecord }
  | { type: 'failed'; message: string };

/** One worker, whatever kind: the page wraps a Web Worker, the CLI a worker thread (the run worker says other things through the same kind of port). */
export interface WorkerPort<In = ToWorker, Out = FromWorker> {
  post(message: In): void;
  /** onMessage hears every message; onFailure once, if the worker cannot load or dies. */
  listen(onMessage: (message: Out) => void, onFailure: (reason: string) => void): void;
  terminate(): void;
}
