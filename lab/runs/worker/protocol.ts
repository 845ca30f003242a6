/**
 * What the page and a run worker say to each other, as plain data (structured clone carries it): the
 * page sends one plan (without its signal: a signal cannot cross) and the backend to start, and
 * may send 'stop'; the worker answers with what runArms's listener hears, then the outcome, or why
 * it failed. One plan per worker: the page ends the worker when the outcome has come.
 */
import type { WorkerPort } from '../../experiments/pool/protocol.ts';
import type { ArmRun, ProbeEvent, RunKey, RunPlan, RunProgress, RunsOutcome } from '../plan.ts';

export type WorkerPlan = Omit<RunPlan, 'signal'>;

export type ToRunWorker =
  | { type: 'run'; plan: WorkerPlan; backend: string }
  | { type: 'stop' };

export type FromRunWorker =
  | { type: 'runStart'; run: RunKey; totalRuns: number }
  | { type: 'progress'; event: RunProgress }
  | { type: 'probe'; event: ProbeEvent }
  | { type: 'runEnd'; record: ArmRun; totalRuns: number }
  | { type: 'done'; outcome: RunsOutcome }
  | { type: 'failed'; message: string };

export type RunWorkerPort = WorkerPort<ToRunWorker, FromRunWorker>;
