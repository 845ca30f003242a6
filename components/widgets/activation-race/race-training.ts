/**
 * One run of the race through lab/: build the shared network with this activation, train it on the
 * spiral until it reaches the target or runs out of epochs, and sample its decision map along the way.
 * The model lives only inside the run.
 */
import { datasetBounds, makeDataset, type Bounds } from '../../../lab/datasets/index';
import { buildModel } from '../../../lab/models/index';
import { train } from '../../../lab/train/index';
import { yieldToEventLoop } from '../../../lab/train/yield';
import { createGridSampler } from '../../ui/grid-sampler';
import type { ActivationChoice, Dataset, GridPrediction, TrainProgress, TrainResult } from '../../../lab/types';
import {
  EVALUATE_EVERY, GRID_INTERVAL_MS, GRID_RESOLUTION, RACE_DATASET, RACE_MODEL, RACE_OPTIMIZER, RACE_TARGET, SLICE_BUDGET_MS,
} from './race-config';

export interface RaceSettings {
  seed: number;
  learningRate: number;
  epochs: number;
}

export interface RacerCallbacks {
  onProgress(progress: TrainProgress): void;
  onGrid(grid: GridPrediction): void;
}

export function raceDataset(seed: number): Dataset {
  const { id, ...options } = RACE_DATASET;
  return makeDataset(id, { ...options, seed });
}

export function raceBounds(dataset: Dataset): Bounds {
  return datasetBounds(dataset);
}

export async function runRacer(
  activation: ActivationChoice,
  dataset: Dataset,
  settings: RaceSettings,
  signal: AbortSignal,
  callbacks: RacerCallbacks,
): Promise<TrainResult> {
  const bounds = raceBounds(dataset);
  const model = buildModel({
    inputSize: 2,
    hidden: [...RACE_MODEL.hidden],
    activation,
    outputSize: 1,
    output: 'sigmoid',
    inputScale: RACE_MODEL.inputScale,
    seed: settings.seed,
  });
  const grids = createGridSampler(model, bounds, GRID_RESOLUTION, GRID_INTERVAL_MS, callbacks.onGrid);
  try {
    grids.maybeSample();
    // Building the model and its first map took this task; the trainer's set-up gets the next.
    await yieldToEventLoop();
    const result = await train(model, dataset, {
      epochs: settings.epochs,
      learningRate: settings.learningRate,
      optimizer: RACE_OPTIMIZER,
      seed: settings.seed,
      evaluateEvery: EVALUATE_EVERY,
      sliceBudgetMs: SLICE_BUDGET_MS,
      target: { metric: 'testAccuracy', value: RACE_TARGET },
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
