/**
 * The page's side of a run worker: sends the plan, hands what the worker reports to the listener in
 * the order it came (waiting, as runArms does, for a promise onRunEnd returns), asks the worker to
 * stop when the plan's signal fires and waits for its outcome, and ends the worker however the run
 * ends. The outcome is runArms's: a worker run and a page run look the same to the caller.
 */
import { yieldToEventLoop } from '../../train/yield.ts';
import type { RunListener, RunPlan, RunsOutcome } from '../plan.ts';
import type { FromRunWorker, RunWorkerPort } from './protocol.ts';

export async function runOverPort(port: RunWorkerPort, plan: RunPlan, backend: string, listener: RunListener = {}): Promise<RunsOutcome> {
  const { signal, ...workerPlan } = plan;
  // Building the plan and copying it to the worker (a big data set takes milliseconds to clone) each get a task of their own.
  await yieldToEventLoop();
  const askToStop = (): void => port.post({ type: 'stop' });
  return new Promise<RunsOutcome>((resolve, reject) => {
    let queue: Promise<void> = Promise.resolve();
    let ended = false;
    const end = (settle: () => void): void => {
      if (ended) return;
      ended = true;
      signal?.removeEventListener('abort', askToStop);
      port.terminate();
      settle();
    };
    const fail = (reason: unknown): void => end(() => reject(reason instanceof Error ? reason : new Error(String(reason))));
    const hear = async (message: FromRunWorker): Promise<void> => {
      switch (message.type) {
        case 'runStart': return listener.onRunStart?.(message.run, message.totalRuns);
        case 'progress': return listener.onProgress?.(message.event);
        case 'probe': return listener.onProbe?.(message.event);
        case 'runEnd': return listener.onRunEnd?.(message.record, message.totalRuns);
        case 'done': return end(() => resolve(message.outcome));
        case 'failed': return fail(new Error(message.message));
      }
    };
    port.listen(
      (message) => { queue = queue.then(() => hear(message)).catch(fail); },
      (reason) => fail(new Error(`The training worker failed: ${reason}`)),
    );
    signal?.addEventListener('abort', askToStop, { once: true });
    port.post({ type: 'run', plan: workerPlan, backend });
    if (signal?.aborted) askToStop();
  });
}
