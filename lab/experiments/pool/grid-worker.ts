/**
 * The worker's side of the pool, the same in a Web Worker, a Node worker thread and the CLI's own
 * thread: it prepares tfjs once (the caller's prepare: backend and settings), keeps the grid's
 * setup, and runs the cells it is sent, one at a time, through runCell, reporting progress at a
 * bounded rate.
 */
import { errorText } from './error-text.ts';
import type { GridSetup } from '../grid-setup.ts';
import { runCell } from '../run-cell.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** A worker has no page to keep responsive: it trains in long slices (the numbers do not depend on them). */
export const WORKER_SLICE_BUDGET_MS = 1000;
/** Progress messages at most this often per worker (the last epoch always reports). */
export const PROGRESS_INTERVAL_MS = 100;

export interface HandlerOptions {
  /** How long a training slice may hold the thread (default: WORKER_SLICE_BUDGET_MS). */
  sliceBudgetMs?: number;
  /** Stops the run in progress (a worker thread is terminated instead). */
  signal?: AbortSignal;
}

export function gridWorkerHandler(post: (message: FromWorker) => void, prepare: () => Promise<void>, options: HandlerOptions = {}): (message: ToWorker) => Promise<void> {
  const prepared = prepare();
  let setup: GridSetup | undefined;
  return async (message) => {
    try {
      await prepared;
      if (message.type === 'setup') {
        setup = { ...message.setup, sliceBudgetMs: options.sliceBudgetMs ?? WORKER_SLICE_BUDGET_MS };
        post({ type: 'ready' });
        return;
      }
      if (setup === undefined) throw new Error('the worker was sent a run before the grid');
      const { cell } = message;
      let postedAt = -Infinity;
      const record = await runCell(setup, cell, {
        ...(options.signal ? { signal: options.signal } : {}),
        onProgress: (progress) => {
          const now = performance.now();
          if (now - postedAt < PROGRESS_INTERVAL_MS && progress.epoch < progress.totalEpochs) return;
          postedAt = now;
          post({ type: 'progress', index: cell.index, progress });
        },
      });
      if (record === null) {
        if (options.signal?.aborted) return;
        throw new Error(`run ${cell.index + 1} stopped unasked`);
      }
      post({ type: 'done', record });
    } catch (error) {
      post({ type: 'failed', message: errorText(error) });
    }
  };
}
