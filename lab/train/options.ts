/** Defaults and validation for TrainOptions. */
import type { Dataset, OptimizerId, TrainOptions } from '../types.ts';
import { normaliseSeed } from '../rng.ts';
import { OPTIMIZER_IDS } from './optimizers.ts';
import { ENGINE_CHOICES, type EngineChoice } from './engine.ts';

export const DEFAULT_OPTIMIZER: OptimizerId = 'adam';
export const DEFAULT_SLICE_BUDGET_MS = 12;
export const DEFAULT_EVALUATE_EVERY = 10;
export const DEFAULT_BATCH_SEED = 0;
export const MAX_EPOCHS = 1_000_000;

type Target = NonNullable<TrainOptions['target']>;
const TARGET_METRICS: readonly Target['metric'][] = ['testAccuracy', 'testLoss', 'trainAccuracy'];

export interface ResolvedTarget {
  metric: Target['metric'];
  value: number;
  direction: 'above' | 'below';
}

export interface ResolvedTrainOptions {
  epochs: number;
  learningRate: number;
  optimizer: OptimizerId;
  batchSize?: number;
  seed: number;
  sliceBudgetMs: number;
  evaluateEvery: number;
  engine: EngineChoice;
  target?: ResolvedTarget;
}

function positiveInteger(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`Training: ${name} must be an integer from 1 to ${max}, got ${String(value)}.`);
  }
  return value;
}

function resolveTarget(target: Target, dataset: Dataset): ResolvedTarget {
  if (!TARGET_METRICS.includes(target.metric)) {
    throw new Error(`Training: target.metric must be one of ${TARGET_METRICS.join(', ')}, got ${String(target.metric)}.`);
  }
  if (!Number.isFinite(target.value)) throw new Error(`Training: target.value must be a finite number, got ${String(target.value)}.`);
  if (target.metric !== 'testLoss' && dataset.numClasses === 0) {
    throw new Error(`Training: a regression data set has no accuracy; use a testLoss target instead of ${target.metric}.`);
  }
  if (target.metric !== 'trainAccuracy' && dataset.test.xs.length === 0) {
    throw new Error(`Training: the target uses ${target.metric} but the test split is empty.`);
  }
  const direction = target.direction ?? (target.metric === 'testLoss' ? 'below' : 'above');
  if (direction !== 'above' && direction !== 'below') {
    throw new Error(`Training: target.direction must be "above" or "below", got ${String(direction)}.`);
  }
  return { metric: target.metric, value: target.value, direction };
}

export function resolveTrainOptions(options: TrainOptions, dataset: Dataset): ResolvedTrainOptions {
  if (options === null || typeof options !== 'object') throw new Error('Training: options must be an object.');
  const epochs = positiveInteger('epochs', options.epochs, MAX_EPOCHS);
  const { learningRate } = options;
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || learningRate <= 0) {
    throw new Error(`Training: learningRate must be a positive number, got ${String(learningRate)}.`);
  }
  const optimizer = options.optimizer ?? DEFAULT_OPTIMIZER;
  if (!OPTIMIZER_IDS.includes(optimizer)) {
    throw new Error(`Training: optimizer must be one of ${OPTIMIZER_IDS.join(', ')}, got ${String(optimizer)}.`);
  }
  const sliceBudgetMs = options.sliceBudgetMs ?? DEFAULT_SLICE_BUDGET_MS;
  if (!Number.isFinite(sliceBudgetMs) || sliceBudgetMs <= 0) {
    throw new Error(`Training: sliceBudgetMs must be a positive number of milliseconds, got ${String(sliceBudgetMs)}.`);
  }
  const engine = options.engine ?? 'auto';
  if (!ENGINE_CHOICES.includes(engine)) throw new Error(`Training: engine must be one of ${ENGINE_CHOICES.join(', ')}, got ${String(engine)}.`);
  const resolved: ResolvedTrainOptions = {
    epochs,
    learningRate,
    optimizer,
    seed: normaliseSeed(options.seed ?? DEFAULT_BATCH_SEED),
    sliceBudgetMs,
    evaluateEvery: positiveInteger('evaluateEvery', options.evaluateEvery ?? DEFAULT_EVALUATE_EVERY, MAX_EPOCHS),
    engine,
  };
  if (options.batchSize !== undefined) resolved.batchSize = positiveInteger('batchSize', options.batchSize, Number.MAX_SAFE_INTEGER);
  if (options.target !== undefined) resolved.target = resolveTarget(options.target, dataset);
  return resolved;
}
