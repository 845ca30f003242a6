/**
 * runCapacitySweep: trains the same recipe once per width, narrowest first, and keeps for each run its
 * training and test loss by epoch and its final numbers. Each model is disposed before the next is
 * built; a caller that wants more (a decision map) looks at it in afterRun. Stopping keeps the runs
 * that finished.
 */
import type { tf } from '../tfjs.ts';
import type { Dataset, TrainProgress, TrainStatus } from '../types.ts';
import { buildModel } from '../models/build.ts';
import { train } from '../train/loop.ts';
import { capacityConfig, capacityTraining, capacityWidths, type Depth } from './capacity-setup.ts';

export interface LossPoint {
  epoch: number;
  trainLoss: number;
  testLoss: number;
}

export interface CapacityRun {
  width: number;
  depth: Depth;
  status: TrainStatus;
  epochs: number;
  /** Training and test loss on every evaluation epoch (the test loss is measured only there). */
  curve: LossPoint[];
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  elapsedMs: number;
}

export interface SweepProgress {
  width: number;
  /** Index of the run in the sweep, from 0. */
  index: number;
  totalRuns: number;
  progress: TrainProgress;
  /** Epochs done over all runs ÷ epochs of all runs, 0..1. */
  overall: number;
}

export interface SweepOptions {
  dataset: Dataset;
  seed: number;
  depth: Depth;
  epochs?: number;
  signal?: AbortSignal;
  sliceBudgetMs?: number;
  onRunStart?(width: number, index: number, totalRuns: number): void;
  /** Called at every progress report of the trainer, with the model being trained (read it, do not keep it). */
  onProgress?(progress: SweepProgress, model: tf.Sequential): void;
  /** Called after each run that was not stopped, before its model is disposed. */
  afterRun?(run: CapacityRun, model: tf.Sequential): void | Promise<void>;
}

export interface SweepOutcome {
  runs: CapacityRun[];
  stopped: boolean;
  elapsedMs: number;
}

function curveOf(history: readonly { epoch: number; loss: number; testLoss?: number }[]): LossPoint[] {
  return history.flatMap(({ epoch, loss, testLoss }) => (testLoss === undefined ? [] : [{ epoch, trainLoss: loss, testLoss }]));
}

export async function runCapacitySweep(options: SweepOptions): Promise<SweepOutcome> {
  const { dataset, seed, depth } = options;
  const widths = capacityWidths(depth);
  const training = capacityTraining(options.epochs);
  const startedAt = performance.now();
  const runs: CapacityRun[] = [];
  const outcome = (stopped: boolean): SweepOutcome => ({ runs, stopped, elapsedMs: performance.now() - startedAt });

  for (const [index, width] of widths.entries()) {
    if (options.signal?.aborted) return outcome(true);
    options.onRunStart?.(width, index, widths.length);
    const model = buildModel(capacityConfig(width, depth, seed));
    try {
      const result = await train(model, dataset, {
        ...training,
        seed,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.sliceBudgetMs !== undefined ? { sliceBudgetMs: options.sliceBudgetMs } : {}),
        onProgress: (progress) => options.onProgress?.({
          width, index, totalRuns: widths.length, progress, overall: (index + progress.epoch / progress.totalEpochs) / widths.length,
        }, model),
      });
      if (result.status === 'stopped') return outcome(true);
      const { final } = result;
      const run: CapacityRun = {
        width,
        depth,
        status: result.status,
        epochs: result.epoch,
        curve: curveOf(result.history),
        trainLoss: final.loss,
        testLoss: final.testLoss ?? NaN,
        trainAccuracy: final.trainAccuracy ?? NaN,
        testAccuracy: final.testAccuracy ?? NaN,
        elapsedMs: result.elapsedMs,
      };
      runs.push(run);
      if (result.status !== 'diverged') await options.afterRun?.(run, model);
    } finally {
      model.dispose();
    }
  }
  return outcome(false);
}
