/**
 * runGrid: an experiment's grid (every activation × every seed) through lab's run orchestrator, on
 * the current tfjs backend, with per-run and overall progress. An aborted signal ends the grid at
 * once; the runs that had finished are kept, the one in progress is dropped. A run that fails is
 * recorded as an error and the grid goes on.
 */
import type { Dataset, EngineChoice } from '../types.ts';
import { runArms } from '../runs/run-arms.ts';
import type { ArmSpec, RunPlan } from '../runs/plan.ts';
import type { ExperimentConfig, GridCell } from './definition.ts';
import { expandGrid, seedsOf } from './expand-grid.ts';
import { loadExperimentDataset } from './experiment-dataset.ts';
import { experimentModelConfig } from './experiment-model.ts';
import { gridRecord } from './grid-record.ts';
import { randomId } from './ids.ts';
import { evaluateEveryFor } from './run-history.ts';
import type { RunRecord } from './run-record.ts';

export interface GridProgress {
  plan: GridCell;
  totalRuns: number;
  epoch: number;
  totalEpochs: number;
  loss: number;
  /** Fraction of the whole grid's epochs done, 0..1. */
  overall: number;
}

export interface RunGridOptions {
  signal?: AbortSignal;
  /** A data set already loaded for this config; by default it is loaded from config.dataset. */
  dataset?: Dataset;
  sliceBudgetMs?: number;
  /** The engine to train on (default 'auto': lab's array engine wherever it can train the network). */
  engine?: EngineChoice;
  onRunStart?: (plan: GridCell, totalRuns: number) => void;
  onProgress?: (progress: GridProgress) => void;
  /** May return a promise (e.g. saving the record); the next run waits for it. */
  onRunComplete?: (record: RunRecord, totalRuns: number) => void | Promise<void>;
}

export interface GridOutcome {
  gridId: string;
  config: ExperimentConfig;
  /** Finished runs in run order. */
  records: RunRecord[];
  totalRuns: number;
  stopped: boolean;
  elapsedMs: number;
}

/** One arm per activation (arm ids are the activations' positions, as two may share an id). */
function gridArms(config: ExperimentConfig, dataset: Dataset): ArmSpec[] {
  const train = { epochs: config.epochs, learningRate: config.learningRate, optimizer: config.optimizer, evaluateEvery: evaluateEveryFor(config.epochs) };
  return config.activations.map((activation, position) => {
    const { seed: _seed, ...model } = experimentModelConfig(config, dataset, activation, config.firstSeed);
    return { id: String(position), model: { kind: 'dense', config: model }, dataset, train };
  });
}

/** A grid as lab's run orchestrator takes it: its cells in run order (a record's index is its cell), a new id, and the plan. */
export interface GridPlan {
  gridId: string;
  cells: GridCell[];
  plan: RunPlan;
}

export function gridPlan(config: ExperimentConfig, dataset: Dataset, sliceBudgetMs?: number): GridPlan {
  return {
    gridId: randomId('grid'),
    cells: expandGrid(config),
    plan: { arms: gridArms(config, dataset), seeds: seedsOf(config), continueOnError: true, ...(sliceBudgetMs !== undefined ? { sliceBudgetMs } : {}) },
  };
}

export async function runGrid(config: ExperimentConfig, options: RunGridOptions = {}): Promise<GridOutcome> {
  const startedAt = performance.now();
  const cells = expandGrid(config);
  const totalRuns = cells.length;
  const records: RunRecord[] = [];
  let gridId = '';
  const outcome = (stopped: boolean): GridOutcome =>
    ({ gridId, config, records, totalRuns, stopped, elapsedMs: performance.now() - startedAt });

  if (options.signal?.aborted) return outcome(true);
  const grid = gridPlan(config, options.dataset ?? (await loadExperimentDataset(config)), options.sliceBudgetMs);
  gridId = grid.gridId;
  const ran = await runArms({
    ...grid.plan,
    ...(options.engine ? { engine: options.engine } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  }, {
    onRunStart: (run) => options.onRunStart?.(cells[run.index]!, totalRuns),
    onProgress: ({ run, progress }) => options.onProgress?.({
      plan: cells[run.index]!,
      totalRuns,
      epoch: progress.epoch,
      totalEpochs: progress.totalEpochs,
      loss: progress.loss,
      overall: (run.index + progress.epoch / progress.totalEpochs) / totalRuns,
    }),
    onRunEnd: async (run) => {
      const record = gridRecord(cells[run.index]!, config, gridId, run);
      records.push(record);
      await options.onRunComplete?.(record, totalRuns);
    },
  });
  return outcome(ran.stopped);
}
