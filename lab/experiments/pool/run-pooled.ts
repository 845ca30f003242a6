/**
 * A CellExecutor over a pool of workers: each worker gets the grid's setup once, then the next
 * cell whenever it finishes one, until none are left. Records come back in run order, equal to a
 * run in turn's (runCell is the same in every worker). Stop terminates every worker at once (the
 * runs in progress are dropped, finished ones kept); a worker that fails to load or dies ends the
 * grid with its reason.
 */
import type { CellExecutor, CellsOutcome } from '../cell-executor.ts';
import type { GridCell } from '../definition.ts';
import type { RunRecord } from '../run-record.ts';
import type { FromWorker, WorkerPort } from './protocol.ts';

/** At most this many workers, whatever the machine reports: more rarely pays for their memory. */
export const MAX_POOL_SIZE = 4;

export function poolSize(cores: number | undefined, cells: number, cap = MAX_POOL_SIZE): number {
  const reported = cores !== undefined && Number.isInteger(cores) && cores > 0 ? cores : 1;
  return Math.max(1, Math.min(reported, cap, cells));
}

/**
 * The page's pool: one worker per reported core but one, which stays the page's (its main thread
 * draws while the workers train); at least one, at most the cap. With two cores, two workers left
 * the page no core of its own: under load its tasks waited for a CPU (bench/README.md).
 */
export function pagePoolSize(cores: number | undefined, cells: number): number {
  return poolSize(cores !== undefined && Number.isInteger(cores) && cores > 1 ? cores - 1 : 1, cells);
}

/** `openWorker(member)` opens the pool's member-th worker (0, 1, …: the CLI makes member 0 its own thread). */
export function pooledExecutor(openWorker: (member: number) => WorkerPort, size: number): CellExecutor {
  return (setup, cells, listener, signal) => new Promise<CellsOutcome>((resolve, reject) => {
    const queue = [...cells];
    const records: RunRecord[] = [];
    const saving: Promise<void>[] = [];
    const ports: WorkerPort[] = [];
    let idle = 0;
    let settled = false;
    const end = (outcome: { stopped: boolean } | { failure: string }): void => {
      if (settled) return;
      settled = true;
      ports.forEach((port) => port.terminate());
      signal?.removeEventListener('abort', onAbort);
      Promise.all(saving).then(() => {
        if ('failure' in outcome) reject(new Error(outcome.failure));
        else resolve({ records: records.sort((a, b) => a.index - b.index), stopped: outcome.stopped });
      }, reject);
    };
    const onAbort = (): void => end({ stopped: true });
    if (signal?.aborted || queue.length === 0) return resolve({ records, stopped: signal?.aborted ?? false });
    signal?.addEventListener('abort', onAbort);

    const workers = Math.max(1, Math.min(size, queue.length));
    for (let w = 0; w < workers; w++) {
      const port = openWorker(w);
      ports.push(port);
      let current: GridCell | undefined;
      const next = (): void => {
        current = queue.shift();
        if (current === undefined) {
          if (++idle === workers) end({ stopped: false });
          return;
        }
        listener.onRunStart?.(current);
        port.post({ type: 'run', cell: current });
      };
      port.listen((message: FromWorker) => {
        if (settled) return;
        if (message.type === 'ready') next();
        else if (message.type === 'progress' && current) listener.onProgress?.(current, message.progress);
        else if (message.type === 'done') {
          records.push(message.record);
          saving.push(Promise.resolve(listener.onRunComplete?.(message.record)));
          next();
        } else if (message.type === 'failed') end({ failure: `A worker failed${current ? ` in run ${current.index + 1}` : ''}: ${message.message}` });
      }, (reason) => end({ failure: `A worker stopped: ${reason}` }));
      port.post({ type: 'setup', setup });
    }
  });
}
