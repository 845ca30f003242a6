/**
 * A pool member that trains in this thread, behind the same WorkerPort as a worker: the CLI's
 * `--parallel N` runs N − 1 worker threads and this one, so a two-core machine pays for one thread's
 * start-up, not two, and the thread that would only wait for messages trains instead. Its slices are
 * short so that it still answers its workers promptly (a finished worker waits for its next cell).
 * Messages cross as structured clones in later tasks, as they would between threads.
 */
import { gridWorkerHandler } from './grid-worker.ts';
import type { FromWorker, WorkerPort } from './protocol.ts';
import { yieldToEventLoop } from '../../train/yield.ts';

/** Slices of this thread's training: short enough that a worker's "done" waits at most this long for its next cell. */
export const THIS_THREAD_SLICE_BUDGET_MS = 20;

export function thisThreadPort(): WorkerPort {
  const stop = new AbortController();
  let hear: (message: FromWorker) => void = () => {};
  const handle = gridWorkerHandler((message) => {
    const copy = structuredClone(message);
    void yieldToEventLoop().then(() => { if (!stop.signal.aborted) hear(copy); });
  }, async () => {}, { sliceBudgetMs: THIS_THREAD_SLICE_BUDGET_MS, signal: stop.signal });
  return {
    post: (message) => {
      const copy = structuredClone(message);
      void yieldToEventLoop().then(() => { if (!stop.signal.aborted) void handle(copy); });
    },
    listen: (onMessage) => { hear = onMessage; },
    terminate: () => stop.abort(),
  };
}
