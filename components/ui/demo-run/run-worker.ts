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
import { planNeedsWorker, runOverPort, type FromRunWorker, type RunListener, type RunPlan, type RunsOutcome, type ToRunWorker } from '../../../lab/index';
import { openWebWorkerPort } from './web-worker-port';

export const TRAIN_IN_PARAM = 'train-in';

/** Where a plan trains: the address's ?train-in when it names a place, else the page-step rule on `backend`. */
export function trainsInWorker(plan: RunPlan, backend: string, search: string = location.search): boolean {
  if (typeof Worker !== 'function') return false;
  const asked = new URLSearchParams(search).get(TRAIN_IN_PARAM);
  if (asked === 'page' || asked === 'worker') return asked === 'worker';
  return planNeedsWorker(plan, backend);
}

/** Runs the plan in a new Web Worker on `backend` (the tfjs backend's name, or 'none' when the plan needs no tfjs). */
export function runInWorker(plan: RunPlan, backend: string, listener: RunListener): Promise<RunsOutcome> {
  return runOverPort(openWebWorkerPort<ToRunWorker, FromRunWorker>(workerUrl, 'demo training', 'training worker'), plan, backend, listener);
}
