/**
 * One run of the race through lab/: the shared network with this activation, trained on the spiral
 * until it reaches the target or runs out of epochs, its decision map sampled along the way.
 */
import { makeSeededDataset, type ActivationChoice, type Dataset, type TrainResult } from '../../../lab/index';
import { trainWithLiveGrid, type LiveGridCallbacks } from '../../ui/train-with-live-grid';
import type { TrainingFieldValues } from '../../ui/training-fields';
import {
  EVALUATE_EVERY, GRID_INTERVAL_MS, GRID_RESOLUTION, RACE_DATASET, RACE_MODEL, RACE_OPTIMIZER, RACE_TARGET, SLICE_BUDGET_MS,
} from './race-config';

export type RaceSettings = TrainingFieldValues;

export function raceDataset(seed: number): Dataset {
  return makeSeededDataset(RACE_DATASET, seed);
}

export function runRacer(
  activation: ActivationChoice,
  dataset: Dataset,
  settings: RaceSettings,
  signal: AbortSignal,
  callbacks: LiveGridCallbacks,
): Promise<TrainResult> {
  return trainWithLiveGrid(dataset, {
    model: { inputSize: 2, hidden: [...RACE_MODEL.hidden], activation, outputSize: 1, output: 'sigmoid', inputScale: RACE_MODEL.inputScale },
    settings,
    optimizer: RACE_OPTIMIZER,
    evaluateEvery: EVALUATE_EVERY,
    sliceBudgetMs: SLICE_BUDGET_MS,
    targetAccuracy: RACE_TARGET,
    grid: { resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS },
  }, signal, callbacks);
}
