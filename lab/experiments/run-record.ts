/**
 * The record of one finished run (schema version 2, "traced"): what the store keeps, the table
 * summarises, and the page's exports and the CLI's --json carry: the setting, the outcome, and
 * everything needed to trace a number back to how it was made (engine, backend, tfjs and site
 * versions, the data's hash, start time and duration). Version 1 records lack the trace fields;
 * lab/records/ reads and writes the files and refuses what it cannot read.
 */
import type { EngineName } from '../types.ts';
import type { ExperimentActivation, ExperimentConfig } from './definition.ts';
import type { HistoryPoint } from './run-history.ts';

/** The same schema name as version 1: a file says which version of it it follows. */
export const RUN_RECORD_SCHEMA = 'activation-lab/experiment-runs';
export const RUN_RECORD_VERSION = 2;

export const RUN_STATUSES = ['done', 'diverged', 'error'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** 'lab' is lab's array engine, 'tfjs' TensorFlow.js; both train the same models. */
export const RUN_ENGINES = ['lab', 'tfjs'] as const satisfies readonly EngineName[];
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

export interface RunRecord {
  /** Unique across grids: the grid's id and the run's position. */
  id: string;
  /** Shared by the runs of one grid. */
  gridId: string;
  /** Position in the grid's run order. */
  index: number;
  config: ExperimentConfig;
  activation: ExperimentActivation;
  seed: number;
  status: RunStatus;
  /** Why a run diverged or failed. */
  message?: string;
  /** Epochs trained (for a diverged run, the epoch where the loss stopped being finite). */
  epochs: number;
  metrics: RunMetrics;
  history: HistoryPoint[];
  engine: RunEngine;
  /** The tfjs backend that was active: the same seed gives the same numbers only on the same backend. */
  backend: string;
  /** tfjs's version, e.g. "4.22.0". */
  tfjsVersion: string;
  /** The site's package.json version. */
  siteVersion: string;
  /** datasetHash of the data the run trained and tested on ("sha256:…"). */
  dataHash: string;
  /** ISO 8601 time the run started. */
  startedAt: string;
  /** Wall-clock time from start to end, including any pauses that keep a page responsive. */
  durationMs: number;
}

