/** Turns the orchestrator's record of one grid cell into the experiment's stored run record. */
import type { ArmRun } from '../runs/plan.ts';
import type { ExperimentConfig, GridCell } from './definition.ts';
import { randomId } from './ids.ts';
import { epochsToTarget, thinHistory } from './run-history.ts';
import type { RunRecord } from './run-record.ts';

const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

export function gridRecord(cell: GridCell, config: ExperimentConfig, gridId: string, run: ArmRun): RunRecord {
  const failed = run.status === 'diverged' || run.status === 'error';
  const { metrics } = run;
  return {
    id: randomId('run'),
    gridId,
    index: cell.index,
    createdAt: new Date().toISOString(),
    config,
    activation: cell.activation,
    seed: cell.seed,
    status: run.status === 'diverged' || run.status === 'error' ? run.status : 'done',
    ...(failed && run.message ? { message: run.message } : {}),
    epochs: run.epochs,
    trainLoss: failed ? null : finiteOrNull(metrics.loss),
    testLoss: failed ? null : finiteOrNull(metrics.testLoss),
    trainAccuracy: failed ? null : finiteOrNull(metrics.trainAccuracy),
    testAccuracy: failed ? null : finiteOrNull(metrics.testAccuracy),
    timeMs: run.timings.elapsedMs,
    epochsToTarget: run.status === 'error' ? null : epochsToTarget(run.history, config.targetAccuracy),
    history: thinHistory(run.history),
    ...(run.engine ? { engine: run.engine } : {}),
    backend: run.backend,
  };
}
