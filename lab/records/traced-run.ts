/**
 * The run record, version 2 (a proposal that today's run-record.ts will switch to): everything
 * needed to trace a number back to how it was made. The page's JSON and CSV exports and the CLI's
 * --json are meant to share it. Version 1 files lack the trace fields and are not read as version 2.
 */
import type { RunRecord } from '../experiments/run-record.ts';

/** The same schema name as version 1: a file says which version of it it follows. */
export const TRACED_RUNS_SCHEMA = 'activation-lab/experiment-runs';
export const TRACED_RUNS_VERSION = 2;

/** 'lab' is lab's array engine, 'tfjs' TensorFlow.js; both train the same models. */
export const RUN_ENGINES = ['lab', 'tfjs'] as const;
export type RunEngine = (typeof RUN_ENGINES)[number];

export interface RunMetrics {
  /** Final values; null when the run diverged or failed. */
  trainLoss: number | null;
  testLoss: number | null;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** First measured epoch at or above config.targetAccuracy; null if never, or no target. */
  epochsToTarget: number | null;
}

/** Fields kept as version 1 has them (see run-record.ts): identity, setting, outcome, history, backend. */
type KeptFromVersion1 = 'id' | 'gridId' | 'index' | 'config' | 'activation' | 'seed' | 'status' | 'message' | 'epochs' | 'history' | 'backend';

export interface TracedRun extends Pick<RunRecord, KeptFromVersion1> {
  metrics: RunMetrics;
  engine: RunEngine;
  /** tfjs's version, e.g. "4.22.0". */
  tfjsVersion: string;
  /** The site's package.json version. */
  siteVersion: string;
  /** datasetHash of the data the run trained and tested on ("sha256:…"). */
  dataHash: string;
  /** ISO 8601 time the run started. */
  startedAt: string;
  /** Wall-clock time from start to end, including the pauses that keep a page responsive. */
  durationMs: number;
}

export interface TracedRunsFile {
  schema: typeof TRACED_RUNS_SCHEMA;
  version: typeof TRACED_RUNS_VERSION;
  exportedAt: string;
  runs: TracedRun[];
}
