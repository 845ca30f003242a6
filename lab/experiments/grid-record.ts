/** Turns the orchestrator's record of one grid cell into the experiment's traced run record. */
import { tf } from '../tfjs.ts';
import type { ArmRun } from '../runs/plan.ts';
import type { GridCell } from './definition.ts';
import type { GridSetup } from './grid-setup.ts';
import { epochsToTarget, thinHistory } from './run-history.ts';
import type { RunRecord } from './run-record.ts';

const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

/** "grid-…-7": the grid's id and the run's position, so the same grid gives the same ids on any machine. */
export function runId(gridId: string, index: number): string {
  return `${gridId}-${index}`;
}

export function gridRecord(cell: GridCell, setup: GridSetup, run: ArmRun, startedAt: string): RunRecord {
  const failed = run.status === 'diverged' || run.status === 'error';
  const { metrics } = run;
  const { config } = setup;
  return {
    id: runId(setup.gridId, cell.index),
    gridId: setup.gridId,
    index: cell.index,
    config,
    activation: cell.activation,
    seed: cell.seed,
    status: failed ? run.status as 'diverged' | 'error' : 'done',
    ...(failed && run.message ? { message: run.message } : {}),
    epochs: run.epochs,
    metrics: {
      trainLoss: failed ? null : finiteOrNull(metrics.loss),
      testLoss: failed ? null : finiteOrNull(metrics.testLoss),
      trainAccuracy: failed ? null : finiteOrNull(metrics.trainAccuracy),
      testAccuracy: failed ? null : finiteOrNull(metrics.testAccuracy),
      epochsToTarget: run.status === 'error' ? null : epochsToTarget(run.history, config.targetAccuracy),
    },
    history: thinHistory(run.history),
    // A run that failed before any engine trained was still built by tfjs.
    engine: run.engine ?? 'tfjs',
    backend: run.backend,
    // tfjs-core's version: the browser entry has no umbrella package, and its packages are released together.
    tfjsVersion: tf.version_core,
    siteVersion: setup.siteVersion,
    dataHash: setup.dataHash,
    startedAt,
    durationMs: run.timings.elapsedMs,
  };
}
