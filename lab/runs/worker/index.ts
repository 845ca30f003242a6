export { runWorkerHandler, RUN_WORKER_SLICE_MS } from './run-worker-handler.ts';
export { runOverPort } from './run-over-port.ts';
export { planNeedsWorker, largestTfjsStepMacs, armTrainsOnTfjs } from './step-rule.ts';
export type { ToRunWorker, FromRunWorker, RunWorkerPort, WorkerPlan } from './protocol.ts';
