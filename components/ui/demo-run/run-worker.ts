/**
 * Trains a plan in a Web Worker when one of its steps would block the page (lab's planNeedsWorker:
 * a tfjs step over the backend's budget), through lab's run-worker protocol: the worker starts the
 * backend the page uses, the page hears the same listener events and gets the same outcome, Stop
 * asks the worker to stop and waits for its outcome, and the worker is ended after.
 *
 * Test hook, read from the page address:
 *   ?train-in=page | worker   train every plan on the page, or every plan in a worker, whatever the rule says.
 */
import workerUrl from './run-worker-entry.ts?worker&url';
import { planNeedsWorker, runOverPort, type FromRunWorker, type RunListener, type RunPlan, type RunsOutcome, type RunWorkerPort } from '../../../lab/index';

export const TRAIN_IN_PARAM = 'train-in';

/** Where a plan trains: the address's ?train-in when it names a place, else the page-step rule on `backend`. */
export function trainsInWorker(plan: RunPlan, backend: string, search: string = location.search): boolean {
  if (typeof Worker !== 'function') return false;
  const asked = new URLSearchParams(search).get(TRAIN_IN_PARAM);
  if (asked === 'page' || asked === 'worker') return asked === 'worker';
  return planNeedsWorker(plan, backend);
}

function openRunWorker(): RunWorkerPort {
  const worker = new Worker(workerUrl, { type: 'module', name: 'demo training' });
  return {
    post: (message) => worker.postMessage(message),
    listen: (onMessage, onFailure) => {
      worker.addEventListener('message', (event: MessageEvent<FromRunWorker>) => onMessage(event.data));
      worker.addEventListener('error', (event) => onFailure(event.message || 'the training worker could not be loaded'));
    },
    terminate: () => worker.terminate(),
  };
}

/** Runs the plan in a new Web Worker on `backend` (the tfjs backend's name, or 'none' when the plan needs no tfjs). */
export function runInWorker(plan: RunPlan, backend: string, listener: RunListener): Promise<RunsOutcome> {
  return runOverPort(openRunWorker(), plan, backend, listener);
}
