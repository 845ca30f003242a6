/**
 * The three-class classifier as lab's run orchestrator takes it: a softmax output with cross-entropy,
 * fitted with Adam to the seeded three-arm spiral, its class-probability grid sampled along the way.
 */
import { makeSeededDataset, type Dataset, type RunPlan } from '../../../lab/index';
import { denseArmsPlan } from '../../ui/comparison/arm-plan';
import {
  EVALUATE_EVERY, GRID_INTERVAL_MS, GRID_RESOLUTION, SLICE_BUDGET_MS, SOFTMAX_DATASET, SOFTMAX_MODEL, SOFTMAX_OPTIMIZER, SOFTMAX_TARGET, type SoftmaxSettings,
} from './softmax-config';

export function softmaxDataset(seed: number): Dataset {
  return makeSeededDataset(SOFTMAX_DATASET, seed);
}

export function softmaxPlan(settings: SoftmaxSettings, dataset: Dataset): RunPlan {
  return denseArmsPlan({
    activations: [settings.activation], dataset, ...SOFTMAX_MODEL, output: 'softmax', seed: settings.seed, sliceBudgetMs: SLICE_BUDGET_MS,
    train: {
      epochs: settings.epochs, learningRate: settings.learningRate, optimizer: SOFTMAX_OPTIMIZER, evaluateEvery: EVALUATE_EVERY,
      ...(settings.stopAtTarget ? { target: { metric: 'testAccuracy' as const, value: SOFTMAX_TARGET } } : {}),
    },
    grid: { resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS },
  });
}
