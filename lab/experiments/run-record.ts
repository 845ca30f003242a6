/** The record of one finished run: what the store keeps, the table summarises and exports carry. */
import type { ExperimentActivation, ExperimentConfig } from './definition.ts';
import type { HistoryPoint } from './run-history.ts';
import type { EngineName } from '../types.ts';

export const RUN_RECORD_SCHEMA = 'activation-lab/experiment-runs';
export const RUN_RECORD_VERSION = 1;

export const RUN_STATUSES = ['done', 'diverged', 'error'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunRecord {
  /** Unique across grids. */
  id: string;
  /** Shared by the runs of one grid. */
  gridId: string;
  /** Position in the grid's run order. */
  index: number;
  /** ISO 8601 time the run finished. */
  createdAt: string;
  config: ExperimentConfig;
  activation: ExperimentActivation;
  seed: number;
  status: RunStatus;
  /** Why a run diverged or failed. */
  message?: string;
  /** Epochs trained (for a diverged run, the epoch where the loss stopped being finite). */
  epochs: number;
  /** Final training loss; null when the run diverged or failed. */
  trainLoss: number | null;
  testLoss: number | null;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** Wall-clock training time, including the pauses that keep a page responsive. */
  timeMs: number;
  /** First measured epoch at or above config.targetAccuracy; null if never, or no target. */
  epochsToTarget: number | null;
  history: HistoryPoint[];
  /** The engine that trained it: lab's array engine or TensorFlow.js (absent in records made before it was kept, or when a run failed before training). */
  engine?: EngineName;
  /** The tfjs backend that computed it: the same seed gives the same numbers only on the same backend. */
  backend: string;
}
