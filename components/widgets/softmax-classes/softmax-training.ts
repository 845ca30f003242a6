/**
 * Training the three-class classifier through lab/: a softmax output with cross-entropy (lab's loss
 * for softmax models), fitted with Adam to the seeded three-arm spiral, with the class-probability
 * grid sampled along the way. The model lives only inside one run.
 */
import { datasetBounds, makeDataset, type Bounds } from '../../../lab/datasets/index';
import { buildModel } from '../../../lab/models/index';
import { train } from '../../../lab/train/index';
import { createGridSampler } from '../../ui/grid-sampler';
import type { Dataset, GridPrediction, TrainProgress, TrainResult } from '../../../lab/types';
import {
  EVALUATE_EVERY, GRID_INTERVAL_MS, GRID_RESOLUTION, SLICE_BUDGET_MS, SOFTMAX_DATASET, SOFTMAX_MODEL, SOFTMAX_OPTIMIZER, SOFTMAX_TARGET,
} from './softmax-config';

export interface SoftmaxSettings {
  seed: number;
  activation: string;
  learningRate: number;
  epochs: number;
  stopAtTarget: boolean;
}

export function softmaxDataset(seed: number): Dataset {
  const { id, ...options } = SOFTMAX_DATASET;
  return makeDataset(id, { ...options, seed });
}

export function softmaxBounds(dataset: Dataset): Bounds {
  return datasetBounds(dataset);
}

export async function trainSoftmax(
  dataset: Dataset,
  settings: SoftmaxSettings,
  signal: AbortSignal,
  callbacks: { onProgress(progress: TrainProgress): void; onGrid(grid: GridPrediction): void },
): Promise<TrainResult> {
  const bounds = softmaxBounds(dataset);
  const model = buildModel({
    inputSize: 2,
    hidden: [...SOFTMAX_MODEL.hidden],
    activation: { id: settings.activation },
    outputSize: dataset.numClasses,
    output: 'softmax',
    inputScale: SOFTMAX_MODEL.inputScale,
    seed: settings.seed,
  });
  const grids = createGridSampler(model, bounds, GRID_RESOLUTION, GRID_INTERVAL_MS, callbacks.onGrid);
  try {
    grids.maybeSample();
    const result = await train(model, dataset, {
      epochs: settings.epochs,
      learningRate: settings.learningRate,
      optimizer: SOFTMAX_OPTIMIZER,
      seed: settings.seed,
      evaluateEvery: EVALUATE_EVERY,
      sliceBudgetMs: SLICE_BUDGET_MS,
      ...(settings.stopAtTarget ? { target: { metric: 'testAccuracy' as const, value: SOFTMAX_TARGET } } : {}),
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
