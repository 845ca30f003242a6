/**
 * Training the three-class classifier through lab/: a softmax output with cross-entropy (lab's loss
 * for softmax models), fitted with Adam to the seeded three-arm spiral, with the class-probability
 * grid sampled along the way.
 */
import { makeSeededDataset, type Dataset, type TrainResult } from '../../../lab/index';
import { trainWithLiveGrid, type LiveGridCallbacks } from '../../ui/train-with-live-grid';
import type { TrainingFieldValues } from '../../ui/training-fields';
import {
  EVALUATE_EVERY, GRID_INTERVAL_MS, GRID_RESOLUTION, SLICE_BUDGET_MS, SOFTMAX_DATASET, SOFTMAX_MODEL, SOFTMAX_OPTIMIZER, SOFTMAX_TARGET,
} from './softmax-config';

export interface SoftmaxSettings extends TrainingFieldValues {
  activation: string;
  stopAtTarget: boolean;
}

export function softmaxDataset(seed: number): Dataset {
  return makeSeededDataset(SOFTMAX_DATASET, seed);
}

export function trainSoftmax(
  dataset: Dataset,
  settings: SoftmaxSettings,
  signal: AbortSignal,
  callbacks: LiveGridCallbacks,
): Promise<TrainResult> {
  return trainWithLiveGrid(dataset, {
    model: {
      inputSize: 2, hidden: [...SOFTMAX_MODEL.hidden], activation: { id: settings.activation },
      outputSize: dataset.numClasses, output: 'softmax', inputScale: SOFTMAX_MODEL.inputScale,
    },
    settings,
    optimizer: SOFTMAX_OPTIMIZER,
    evaluateEvery: EVALUATE_EVERY,
    sliceBudgetMs: SLICE_BUDGET_MS,
    targetAccuracy: settings.stopAtTarget ? SOFTMAX_TARGET : undefined,
    grid: { resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS },
  }, signal, callbacks);
}
