/**
 * The run record, version 2 (a proposal that today's run-record.ts will switch to): everything
 * needed to trace a number back to how it was made. The page's JSON and CSV exports and the CLI's
 * --json are meant to share it. Version 1 files lack the trace fields and are not read as version 2.
 */
import type { ExperimentActivation, ExperimentConfig } from '../experiments/definition.ts';
import type { HistoryPoint } from '../experiments/run-history.ts';
import type { RunStatus } from '../experiments/run-record.ts';

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

export interface TracedRun {
  /** Unique across grids. */
  id: string;
  /** Shared by the runs of one grid (and of every shard of it). */
  gridId: string;
  /** Position in the grid's run order (expandGrid). */
  index: number;
  config: ExperimentConfig;
  activation: ExperimentActivation;
  seed: number;
  status: RunStatus;
  /** Why a run diverged or failed. */
  message?: string;
  /** Epochs trained (for a diverged run, the epoch whose loss stopped being finite). */
  epochs: number;
  metrics: RunMetrics;
  history: HistoryPoint[];
  engine: RunEngine;
  /** The tfjs backend ('cpu', 'webgl', 'wasm', …): the same seed gives the same numbers only on the same one. */
  backend: string;
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
