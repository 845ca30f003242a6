/**
 * The messages between the page and the kernel worker. Everything that crosses is plain data
 * (structured-clone safe): the page never sees a cell's values, only what the worker made of them.
 */
import type { ErrorReport } from '../render/error-report';
import type { DisplayData } from '../render/display-data';
import type { PageCell } from './unrun-cell-error';

/** The worker's address carries the page's query (test hooks such as ?tf-backend=) and this. */
export const PIXEL_RATIO_PARAM = 'pixel-ratio';

/** Page → worker. */
export type PageMessage =
  | { type: 'execute'; runId: number; cell: PageCell; pageCells: PageCell[]; interruptToken: string }
  | { type: 'interrupt'; message: string };

/** How a cell ended, as the worker reports it. */
export type CellOutcome =
  | { ok: true; value?: DisplayData; declaredNames: string[] }
  | { ok: false; error: ErrorReport };

export interface KernelFacts {
  /** The tfjs backend label, e.g. "wasm" or "cpu (wasm failed to start)". */
  backend: string;
  liveTensors: number;
}

/** Worker → page. */
export type WorkerMessage =
  | ({ type: 'ready' } & KernelFacts)
  | { type: 'start-failed'; message: string }
  | { type: 'display'; cellId: string; data: DisplayData }
  | ({ type: 'finished'; runId: number; outcome: CellOutcome } & KernelFacts)
  | { type: 'late-error'; cellId: string; error: ErrorReport };
