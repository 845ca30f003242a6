/**
 * The race as lab's run orchestrator takes it: the same network once per activation, one after
 * another, on the spiral, each run stopping at the target, its decision map sampled along the way.
 */
import { makeSeededDataset, type Dataset, type RunPlan } from '../../../lab/index';
import { denseArmsPlan } from '../../ui/comparison/arm-plan';
import {
  EVALUATE_EVERY, GRID_INTERVAL_MS, GRID_RESOLUTION, RACE_DATASET, RACE_MODEL, RACE_OPTIMIZER, RACE_TARGET, type RaceSettings,
} from './race-config';

export function raceDataset(seed: number): Dataset {
  return makeSeededDataset(RACE_DATASET, seed);
}

export function racePlan(settings: RaceSettings, dataset: Dataset): RunPlan {
  return denseArmsPlan({
    activations: settings.racers, dataset, ...RACE_MODEL, output: 'sigmoid', seed: settings.seed,
    train: {
      epochs: settings.epochs, learningRate: settings.learningRate, optimizer: RACE_OPTIMIZER, evaluateEvery: EVALUATE_EVERY,
      target: { metric: 'testAccuracy', value: RACE_TARGET },
    },
    grid: { resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS },
  });
}
