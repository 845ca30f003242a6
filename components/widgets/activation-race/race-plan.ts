/**
 * The race as lab's run orchestrator takes it: the same network once per activation, one after
 * another, on the spiral, each run stopping at the target, its decision map sampled along the way.
 */
import { datasetBounds, makeSeededDataset, type ArmSpec, type Dataset, type RunPlan } from '../../../lab/index';
import {
  EVALUATE_EVERY, GRID_INTERVAL_MS, GRID_RESOLUTION, RACE_DATASET, RACE_MODEL, RACE_OPTIMIZER, RACE_TARGET, type RaceSettings,
} from './race-config';
import { SLICE_BUDGET_MS } from '../../ui/demo-run/demo-defaults';

export function raceDataset(seed: number): Dataset {
  return makeSeededDataset(RACE_DATASET, seed);
}

export function racePlan(settings: Pick<RaceSettings, 'racers' | 'seed' | 'learningRate' | 'epochs'>, dataset: Dataset): RunPlan {
  const arms = settings.racers.map((id): ArmSpec => ({
    id,
    model: { kind: 'dense', config: { inputSize: 2, hidden: [...RACE_MODEL.hidden], activation: { id }, outputSize: 1, output: 'sigmoid', inputScale: RACE_MODEL.inputScale } },
    dataset,
    train: {
      epochs: settings.epochs, learningRate: settings.learningRate, optimizer: RACE_OPTIMIZER, evaluateEvery: EVALUATE_EVERY,
      target: { metric: 'testAccuracy', value: RACE_TARGET },
    },
    probes: [{ id: 'decision-grid', bounds: datasetBounds(dataset), resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS }],
  }));
  return { arms, seeds: [settings.seed], sliceBudgetMs: SLICE_BUDGET_MS };
}
