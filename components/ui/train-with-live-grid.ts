/**
 * One classifier run through lab/ with a live map: lab builds the network, trains it on the data set
 * (time-sliced, until the target or the last epoch) and the output grid over the data's square is
 * sampled along the way and once more at the end. The model lives only inside the run.
 */
import { datasetBounds, buildModel, train, yieldToEventLoop, type Dataset, type GridPrediction, type ModelConfig, type OptimizerId, type TrainProgress, type TrainResult } from '../../lab/index';
import { createGridSampler } from './grid-sampler';
import type { TrainingFieldValues } from './training-fields';

export interface LiveGridRun {
  /** The network; its weights are seeded from settings.seed. */
  model: Omit<ModelConfig, 'seed'>;
  /** The reader's seed (weights and batch order), learning rate and epochs. */
  settings: TrainingFieldValues;
  optimizer: OptimizerId;
  evaluateEvery: number;
  sliceBudgetMs: number;
  /** Stop as soon as test accuracy reaches this; omitted, the run goes to its last epoch. */
  targetAccuracy?: number;
  grid: { resolution: number; intervalMs: number };
}

export interface LiveGridCallbacks {
  onProgress(progress: TrainProgress): void;
  onGrid(grid: GridPrediction): void;
}

export async function trainWithLiveGrid(
  dataset: Dataset,
  run: LiveGridRun,
  signal: AbortSignal,
  callbacks: LiveGridCallbacks,
): Promise<TrainResult> {
  const { settings } = run;
  const model = buildModel({ ...run.model, seed: settings.seed });
  const grids = createGridSampler(model, datasetBounds(dataset), run.grid.resolution, run.grid.intervalMs, callbacks.onGrid);
  try {
    grids.maybeSample();
    // Building the model and its first map took this task; the trainer's set-up gets the next.
    await yieldToEventLoop();
    const result = await train(model, dataset, {
      epochs: settings.epochs,
      learningRate: settings.learningRate,
      optimizer: run.optimizer,
      seed: settings.seed,
      evaluateEvery: run.evaluateEvery,
      sliceBudgetMs: run.sliceBudgetMs,
      ...(run.targetAccuracy === undefined ? {} : { target: { metric: 'testAccuracy' as const, value: run.targetAccuracy } }),
      signal,
      onProgress: (progress) => {
        callbacks.onProgress(progress);
        grids.maybeSample();
      },
    });
    if (result.status !== 'diverged') await grids.sampleNow();
    return result;
  } finally {
    model.dispose();
  }
}
