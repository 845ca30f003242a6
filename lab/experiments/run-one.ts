/** Trains one cell of the grid and turns the trainer's result into a run record. */
import { tf } from '../tfjs.ts';
import type { Dataset, TrainProgress, TrainResult } from '../types.ts';
import { trainOnDataset } from '../train/train-on-dataset.ts';
import type { ExperimentConfig, RunPlan } from './definition.ts';
import { experimentModelConfig } from './experiment-model.ts';
import { randomId } from './ids.ts';
import { epochsToTarget, evaluateEveryFor, thinHistory } from './run-history.ts';
import type { RunRecord } from './run-record.ts';

export interface RunContext {
  config: ExperimentConfig;
  dataset: Dataset;
  gridId: string;
  signal?: AbortSignal;
  sliceBudgetMs?: number;
  onEpoch?: (progress: TrainProgress) => void;
}

const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

function toRecord(plan: RunPlan, context: RunContext, result: TrainResult): RunRecord {
  const { config } = context;
  const diverged = result.status === 'diverged';
  return {
    id: randomId('run'),
    gridId: context.gridId,
    index: plan.index,
    createdAt: new Date().toISOString(),
    config,
    activation: plan.activation,
    seed: plan.seed,
    status: diverged ? 'diverged' : 'done',
    ...(diverged && result.message ? { message: result.message } : {}),
    epochs: result.epoch,
    trainLoss: diverged ? null : finiteOrNull(result.final.loss),
    testLoss: diverged ? null : finiteOrNull(result.final.testLoss),
    trainAccuracy: diverged ? null : finiteOrNull(result.final.trainAccuracy),
    testAccuracy: diverged ? null : finiteOrNull(result.final.testAccuracy),
    timeMs: result.elapsedMs,
    epochsToTarget: epochsToTarget(result.history, config.targetAccuracy),
    history: thinHistory(result.history),
    backend: tf.getBackend(),
  };
}

function errorRecord(plan: RunPlan, context: RunContext, error: unknown, timeMs: number): RunRecord {
  return {
    id: randomId('run'),
    gridId: context.gridId,
    index: plan.index,
    createdAt: new Date().toISOString(),
    config: context.config,
    activation: plan.activation,
    seed: plan.seed,
    status: 'error',
    message: error instanceof Error ? error.message : String(error),
    epochs: 0,
    trainLoss: null,
    testLoss: null,
    trainAccuracy: null,
    testAccuracy: null,
    timeMs,
    epochsToTarget: null,
    history: [],
    backend: tf.getBackend(),
  };
}

/** The run's record, or 'stopped' when the signal ended it before its last epoch. */
export async function runOne(plan: RunPlan, context: RunContext): Promise<RunRecord | 'stopped'> {
  const { config, dataset } = context;
  const startedAt = performance.now();
  let model: tf.Sequential | undefined;
  try {
    const trained = await trainOnDataset(experimentModelConfig(config, dataset, plan.activation, plan.seed), dataset, {
      epochs: config.epochs,
      learningRate: config.learningRate,
      optimizer: config.optimizer,
      seed: plan.seed,
      evaluateEvery: evaluateEveryFor(config.epochs),
      ...(context.sliceBudgetMs !== undefined ? { sliceBudgetMs: context.sliceBudgetMs } : {}),
      ...(context.signal ? { signal: context.signal } : {}),
      ...(context.onEpoch ? { onProgress: context.onEpoch } : {}),
    });
    model = trained.model;
    if (trained.result.status === 'stopped') return 'stopped';
    return toRecord(plan, context, trained.result);
  } catch (error) {
    return errorRecord(plan, context, error, performance.now() - startedAt);
  } finally {
    model?.dispose();
  }
}
