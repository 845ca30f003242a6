/**
 * One cell of a grid (an activation with one seed) through lab's run orchestrator, as a one-arm,
 * one-seed plan. A run depends only on its arm and its seed, so a cell gives the same record
 * whether it runs alone, in a worker, in a shard or in the whole grid in turn.
 */
import type { Dataset } from '../types.ts';
import { runArms } from '../runs/run-arms.ts';
import type { ArmSpec } from '../runs/plan.ts';
import { formatActivation } from './activation-list.ts';
import type { ExperimentConfig, GridCell } from './definition.ts';
import { experimentModelConfig } from './experiment-model.ts';
import { gridRecord } from './grid-record.ts';
import type { GridSetup } from './grid-setup.ts';
import { evaluateEveryFor } from './run-history.ts';
import type { RunRecord } from './run-record.ts';

export interface CellProgress {
  epoch: number;
  totalEpochs: number;
  loss: number;
}

export interface CellHooks {
  signal?: AbortSignal;
  onProgress?(progress: CellProgress): void;
}

/** The arm of the activation at a position of the grid's list: its network and the grid's recipe (seeds are added per run). */
export function activationArm(config: ExperimentConfig, dataset: Dataset, position: number): ArmSpec {
  const activation = config.activations[position];
  if (activation === undefined) throw new Error(`Grid: there is no activation at position ${position + 1}.`);
  const { seed: _seed, ...model } = experimentModelConfig(config, dataset, activation, config.firstSeed);
  const train = { epochs: config.epochs, learningRate: config.learningRate, optimizer: config.optimizer, evaluateEvery: evaluateEveryFor(config.epochs) };
  return { id: String(position), model: { kind: 'dense', config: model }, dataset, train };
}

function cellArm(config: ExperimentConfig, dataset: Dataset, cell: GridCell): ArmSpec {
  const position = cell.index % config.activations.length;
  const planned = config.activations[position];
  if (planned === undefined || formatActivation(planned) !== formatActivation(cell.activation)) {
    throw new Error(`Grid: run ${cell.index + 1} is not ${formatActivation(cell.activation)} in this grid.`);
  }
  return activationArm(config, dataset, position);
}

/** The cell's record, or null when the signal stopped it. A run that fails is recorded as an error. */
export async function runCell(setup: GridSetup, cell: GridCell, hooks: CellHooks = {}): Promise<RunRecord | null> {
  const startedAt = new Date().toISOString();
  const { records, stopped } = await runArms({
    arms: [cellArm(setup.config, setup.dataset, cell)],
    seeds: [cell.seed],
    continueOnError: true,
    ...(setup.sliceBudgetMs !== undefined ? { sliceBudgetMs: setup.sliceBudgetMs } : {}),
    ...(setup.engine ? { engine: setup.engine } : {}),
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  }, {
    onProgress: ({ progress }) => hooks.onProgress?.({ epoch: progress.epoch, totalEpochs: progress.totalEpochs, loss: progress.loss }),
  });
  const run = records[0];
  return stopped || run === undefined ? null : gridRecord(cell, setup, run, startedAt);
}
