/**
 * runSeedComparison: trains every arm (a way of building the network) once per seed, on one data set
 * with one recipe, one run after another: all arms for the first seed, then all for the next, so a
 * stopped comparison still pairs arms seed by seed. Seeds are baseSeed, baseSeed + 1, …; a run's seed
 * sets its initial weights (and its batch order). Each trained model is probed for what it learned
 * (β values, coefficients) and disposed before the next run starts.
 */
import type { tf } from '../tfjs.ts';
import type { Dataset, TrainOptions, TrainProgress, TrainStatus } from '../types.ts';
import { normaliseSeed } from '../rng.ts';
import { train } from '../train/loop.ts';
import { yieldToEventLoop } from '../train/yield.ts';

export const MAX_COMPARISON_SEEDS = 50;

export interface ComparisonArm<Probe = unknown> {
  id: string;
  label: string;
  build(seed: number): tf.Sequential;
  /** Reads what the run learned from the trained model, before it is disposed. */
  probe?(model: tf.Sequential): Probe;
}

export interface RunKey {
  armId: string;
  /** 0 for the base seed, 1 for the next, … */
  seedIndex: number;
  seed: number;
  /** Position in run order, from 0. */
  index: number;
}

export interface ComparisonRun<Probe = unknown> extends RunKey {
  status: TrainStatus;
  epochs: number;
  testAccuracy?: number;
  testLoss?: number;
  trainLoss?: number;
  elapsedMs: number;
  probe?: Probe;
  message?: string;
}

export interface ComparisonProgress {
  run: RunKey;
  progress: TrainProgress;
  /** Epochs done over all runs ÷ epochs of all runs, 0..1. */
  overall: number;
}

export type ComparisonTrainOptions = Omit<TrainOptions, 'seed' | 'signal' | 'onProgress'>;

export interface ComparisonPlan<Probe = unknown> {
  arms: readonly ComparisonArm<Probe>[];
  dataset: Dataset;
  baseSeed: number;
  seedCount: number;
  train: ComparisonTrainOptions;
  signal?: AbortSignal;
  onRunStart?(run: RunKey, totalRuns: number): void;
  /** Called at every progress report of the trainer, with the model being trained (read it, do not keep it). */
  onProgress?(progress: ComparisonProgress, model: tf.Sequential): void;
  onRunComplete?(run: ComparisonRun<Probe>, totalRuns: number): void;
}

export interface ComparisonOutcome<Probe = unknown> {
  runs: ComparisonRun<Probe>[];
  totalRuns: number;
  stopped: boolean;
  elapsedMs: number;
}

/** The seeds of a comparison: base, base + 1, … as unsigned 32-bit integers. */
export function comparisonSeeds(baseSeed: number, count: number): number[] {
  const base = normaliseSeed(baseSeed);
  return Array.from({ length: count }, (_, k) => (base + k) >>> 0);
}

function checkPlan(plan: ComparisonPlan<unknown>): void {
  if (plan.arms.length === 0) throw new Error('Comparison: give at least one arm to train.');
  if (new Set(plan.arms.map((arm) => arm.id)).size !== plan.arms.length) throw new Error('Comparison: arm ids must be unique.');
  if (!Number.isInteger(plan.seedCount) || plan.seedCount < 1 || plan.seedCount > MAX_COMPARISON_SEEDS) {
    throw new Error(`Comparison: the number of seeds must be an integer from 1 to ${MAX_COMPARISON_SEEDS}, got ${String(plan.seedCount)}.`);
  }
  if (plan.dataset.test.xs.length === 0) throw new Error('Comparison: the data set needs a test split to compare test accuracy.');
}

function finishedRun<Probe>(key: RunKey, result: Awaited<ReturnType<typeof train>>, probe: Probe | undefined): ComparisonRun<Probe> {
  const { final } = result;
  const diverged = result.status === 'diverged';
  return {
    ...key,
    status: result.status,
    epochs: result.epoch,
    elapsedMs: result.elapsedMs,
    ...(!diverged && final.testAccuracy !== undefined ? { testAccuracy: final.testAccuracy } : {}),
    ...(!diverged && final.testLoss !== undefined ? { testLoss: final.testLoss } : {}),
    ...(!diverged ? { trainLoss: final.loss } : {}),
    ...(probe !== undefined ? { probe } : {}),
    ...(result.message ? { message: result.message } : {}),
  };
}

export async function runSeedComparison<Probe>(plan: ComparisonPlan<Probe>): Promise<ComparisonOutcome<Probe>> {
  checkPlan(plan as ComparisonPlan<unknown>);
  const startedAt = performance.now();
  const seeds = comparisonSeeds(plan.baseSeed, plan.seedCount);
  const totalRuns = seeds.length * plan.arms.length;
  const runs: ComparisonRun<Probe>[] = [];
  const outcome = (stopped: boolean): ComparisonOutcome<Probe> => ({ runs, totalRuns, stopped, elapsedMs: performance.now() - startedAt });

  for (const [seedIndex, seed] of seeds.entries()) {
    for (const [armIndex, arm] of plan.arms.entries()) {
      // The previous run's ending (probe, callbacks) and this run's building get a task each.
      await yieldToEventLoop();
      if (plan.signal?.aborted) return outcome(true);
      const key: RunKey = { armId: arm.id, seedIndex, seed, index: seedIndex * plan.arms.length + armIndex };
      plan.onRunStart?.(key, totalRuns);
      const model = arm.build(seed);
      try {
        const result = await train(model, plan.dataset, {
          ...plan.train,
          seed,
          ...(plan.signal ? { signal: plan.signal } : {}),
          onProgress: (progress) => plan.onProgress?.({ run: key, progress, overall: (key.index + progress.epoch / progress.totalEpochs) / totalRuns }, model),
        });
        if (result.status === 'stopped') return outcome(true);
        const probe = result.status === 'diverged' ? undefined : arm.probe?.(model);
        const run = finishedRun(key, result, probe);
        runs.push(run);
        plan.onRunComplete?.(run, totalRuns);
      } finally {
        model.dispose();
      }
    }
  }
  return outcome(false);
}
