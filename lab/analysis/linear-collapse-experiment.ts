/**
 * The linear-collapse experiment: one architecture (several hidden layers of equal width) trained on
 * the circle data twice, with linear hidden activations and with a nonlinear one, side by side. The
 * linear model is then multiplied out into one layer and checked against itself. The defaults are the
 * ones the chapter's widget starts from, and the unit tests check the claims made about them.
 */
import type { tf } from '../tfjs.ts';
import type { Dataset, ModelConfig, TrainProgress, TrainResult } from '../types.ts';
import { makeSeededDataset } from '../datasets/index.ts';
import { datasetBounds } from '../datasets/bounds.ts';
import { buildModel } from '../models/index.ts';
import { train } from '../train/index.ts';
import { gridPoints } from '../train/grid.ts';
import { collapseLinearStack, type CollapsedLayer } from './collapse-linear.ts';
import { compareWithCollapsed, compareWithCollapsedInSlices, type CollapseComparison } from './compare-collapsed.ts';
import { yieldToEventLoop } from '../train/yield.ts';

export const NONLINEAR_CHOICES = ['tanh', 'relu'] as const;
export type NonlinearChoice = (typeof NONLINEAR_CHOICES)[number];

export interface LinearCollapseSettings {
  seed: number;
  hiddenLayers: number;
  units: number;
  nonlinear: NonlinearChoice;
  learningRate: number;
  epochs: number;
}

export const LINEAR_COLLAPSE_DEFAULTS: Readonly<LinearCollapseSettings> = Object.freeze({
  seed: 1,
  hiddenLayers: 3,
  units: 8,
  nonlinear: 'tanh',
  learningRate: 0.03,
  epochs: 100,
});

export const LINEAR_COLLAPSE_LIMITS = {
  hiddenLayers: { min: 1, max: 8 },
  units: { min: 1, max: 32 },
  learningRate: { min: 0.0001, max: 1 },
  epochs: { min: 1, max: 5000 },
} as const;

export const COLLAPSE_DATASET = { id: 'circle', size: 500, noise: 0, testFraction: 0.5 } as const;
/** The circle spans about ±5; scaling by 0.2 keeps tanh units out of saturation at the start. */
export const COLLAPSE_INPUT_SCALE = 0.2;
/** The nonlinear model stops once it reaches this test accuracy; the linear one uses every epoch. */
export const NONLINEAR_TARGET = 0.97;
export const COLLAPSE_EVALUATE_EVERY = 5;
/** The collapse is checked on every data point and on this many × this many points across the plane. */
export const COLLAPSE_CHECK_GRID = 41;

export type ModelRole = 'linear' | 'nonlinear';

function checkSettings(settings: LinearCollapseSettings): void {
  for (const name of ['hiddenLayers', 'units', 'epochs'] as const) {
    const { min, max } = LINEAR_COLLAPSE_LIMITS[name];
    const value = settings[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`Linear collapse: ${name} must be an integer from ${min} to ${max}, got ${String(value)}.`);
    }
  }
  const { min, max } = LINEAR_COLLAPSE_LIMITS.learningRate;
  if (!Number.isFinite(settings.learningRate) || settings.learningRate < min || settings.learningRate > max) {
    throw new Error(`Linear collapse: learningRate must be from ${min} to ${max}, got ${String(settings.learningRate)}.`);
  }
  if (!NONLINEAR_CHOICES.includes(settings.nonlinear)) {
    throw new Error(`Linear collapse: the comparison activation must be one of ${NONLINEAR_CHOICES.join(', ')}, got ${String(settings.nonlinear)}.`);
  }
}

export function collapseDataset(seed: number): Dataset {
  return makeSeededDataset(COLLAPSE_DATASET, seed);
}

export function collapseModelConfig(settings: LinearCollapseSettings, role: ModelRole): ModelConfig {
  return {
    inputSize: 2,
    hidden: new Array<number>(settings.hiddenLayers).fill(settings.units),
    activation: { id: role === 'linear' ? 'linear' : settings.nonlinear },
    outputSize: 1,
    output: 'sigmoid',
    inputScale: COLLAPSE_INPUT_SCALE,
    seed: settings.seed,
  };
}

/** Every data point plus a regular grid over the data's square. */
export function collapseCheckPoints(dataset: Dataset): number[][] {
  const flat = gridPoints(datasetBounds(dataset), COLLAPSE_CHECK_GRID);
  const grid: number[][] = [];
  for (let i = 0; i < flat.length; i += 2) grid.push([flat[i]!, flat[i + 1]!]);
  return [...dataset.train.xs, ...dataset.test.xs, ...grid];
}

export interface CollapseCheck {
  layer: CollapsedLayer;
  comparison: CollapseComparison;
}

export function collapseAndCheck(model: tf.Sequential, dataset: Dataset): CollapseCheck {
  const layer = collapseLinearStack(model);
  return { layer, comparison: compareWithCollapsed(model, layer, collapseCheckPoints(dataset)) };
}

/** collapseAndCheck in short tasks: the check runs a chunk of points per task. */
export async function collapseAndCheckInSlices(model: tf.Sequential, dataset: Dataset): Promise<CollapseCheck> {
  const layer = collapseLinearStack(model);
  return { layer, comparison: await compareWithCollapsedInSlices(model, layer, collapseCheckPoints(dataset)) };
}

export interface ComparisonHooks {
  signal?: AbortSignal;
  onProgress?: (role: ModelRole, progress: TrainProgress, model: tf.Sequential) => void;
}

export interface CollapseRun {
  dataset: Dataset;
  /** The caller disposes both models. */
  models: Record<ModelRole, tf.Sequential>;
  results: Record<ModelRole, TrainResult>;
  /** Undefined when the linear run did not finish (stopped or diverged). */
  collapse?: CollapseCheck;
}

/** Trains both models at once (their time slices interleave) and collapses the linear one. */
export async function runLinearCollapse(settings: LinearCollapseSettings, hooks: ComparisonHooks = {}): Promise<CollapseRun> {
  checkSettings(settings);
  const dataset = collapseDataset(settings.seed);
  const linearModel = buildModel(collapseModelConfig(settings, 'linear'));
  let nonlinearModel: tf.Sequential;
  try {
    // Each model is built in a task of its own.
    await yieldToEventLoop();
    nonlinearModel = buildModel(collapseModelConfig(settings, 'nonlinear'));
  } catch (error) {
    linearModel.dispose();
    throw error;
  }
  const models = { linear: linearModel, nonlinear: nonlinearModel };
  const trainOne = (role: ModelRole): Promise<TrainResult> =>
    train(models[role], dataset, {
      epochs: settings.epochs,
      learningRate: settings.learningRate,
      optimizer: 'adam',
      seed: settings.seed,
      evaluateEvery: COLLAPSE_EVALUATE_EVERY,
      ...(role === 'nonlinear' ? { target: { metric: 'testAccuracy', value: NONLINEAR_TARGET } } : {}),
      ...(hooks.signal ? { signal: hooks.signal } : {}),
      onProgress: (progress) => hooks.onProgress?.(role, progress, models[role]),
    });
  try {
    const [linear, nonlinear] = await Promise.all([trainOne('linear'), trainOne('nonlinear')]);
    const finished = linear.status === 'done' || linear.status === 'target-reached';
    // The last training slice ran in this task; the check starts in the next.
    if (finished) await yieldToEventLoop();
    return {
      dataset,
      models,
      results: { linear, nonlinear },
      ...(finished ? { collapse: await collapseAndCheckInSlices(models.linear, dataset) } : {}),
    };
  } catch (error) {
    models.linear.dispose();
    models.nonlinear.dispose();
    throw error;
  }
}
