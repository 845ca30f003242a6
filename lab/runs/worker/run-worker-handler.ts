/**
 * The run worker's side, the same in a Web Worker or in a test's own process: it starts tfjs on the
 * backend the page names (the caller's prepare), runs the one plan it is sent through runArms in
 * longer slices than the page's (no page to keep responsive), relays what the listener hears, with
 * progress at a bounded rate (a run's last epoch always reports), and stops when asked.
 */
import { errorText } from '../../experiments/pool/error-text.ts';
import { PROGRESS_INTERVAL_MS } from '../../experiments/pool/grid-worker.ts';
import { runArms } from '../run-arms.ts';
import type { RunListener } from '../plan.ts';
import type { FromRunWorker, ToRunWorker } from './protocol.ts';

/** Slices in the worker: long enough to cost nothing, short enough that Stop is heard within a tenth of a second (plus one step). */
export const RUN_WORKER_SLICE_MS = 100;

/** Relays a listener's events as messages, progress at most every PROGRESS_INTERVAL_MS per run but its last epoch. */
function relay(post: (message: FromRunWorker) => void): RunListener {
  const postedAt = new Map<number, number>();
  return {
    onRunStart: (run, totalRuns) => post({ type: 'runStart', run, totalRuns }),
    onProgress: (event) => {
      const now = performance.now();
      const last = event.progress.epoch >= event.progress.totalEpochs;
      if (!last && now - (postedAt.get(event.run.index) ?? -Infinity) < PROGRESS_INTERVAL_MS) return;
      postedAt.set(event.run.index, now);
      post({ type: 'progress', event });
    },
    onProbe: (event) => post({ type: 'probe', event }),
    onRunEnd: (record, totalRuns) => post({ type: 'runEnd', record, totalRuns }),
  };
}

export function runWorkerHandler(post: (message: FromRunWorker) => void, prepare: (backend: string) => Promise<void>): (message: ToRunWorker) => Promise<void> {
  const stop = new AbortController();
  let started = false;
  return async (message) => {
    if (message.type === 'stop') {
      stop.abort();
      return;
    }
    try {
      if (started) throw new Error('a run worker runs one plan; it was sent another');
      started = true;
      await prepare(message.backend);
      const outcome = await runArms({ ...message.plan, sliceBudgetMs: RUN_WORKER_SLICE_MS, signal: stop.signal }, relay(post));
      post({ type: 'done', outcome });
    } catch (error) {
      post({ type: 'failed', message: errorText(error) });
    }
  };
}
