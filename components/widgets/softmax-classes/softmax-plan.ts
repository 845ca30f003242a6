/**
 * The three-class classifier as lab's run orchestrator takes it: a softmax output with cross-entropy,
 * fitted with Adam to the seeded three-arm spiral, its class-probability grid sampled along the way.
 */
import { datasetBounds, makeSeededDataset, type Dataset, type RunPlan } from '../../../lab/index';
import {
  EVALUATE_EVERY, GRID_INTERVAL_MS, GRID_RESOLUTION, SLICE_BUDGET_MS, SOFTMAX_DATASET, SOFTMAX_MODEL, SOFTMAX_OPTIMIZER, SOFTMAX_TARGET, type SoftmaxSettings,
} from './softmax-config';

export function softmaxDataset(seed: number): Dataset {
  return makeSeededDataset(SOFTMAX_DATASET, seed);
}

export function softmaxPlan(settings: SoftmaxSettings, dataset: Dataset): RunPlan {
  return {
    arms: [{
      id: settings.activation,
      model: {
        kind: 'dense',
        config: { inputSize: 2, hidden: [...SOFTMAX_MODEL.hidden], activation: { id: settings.activation }, outputSize: dataset.numClasses, output: 'softmax', inputScale: SOFTMAX_MODEL.inputScale },
      },
      dataset,
      train: {
        epochs: settings.epochs, learningRate: settings.learningRate, optimizer: SOFTMAX_OPTIMIZER, evaluateEvery: EVALUATE_EVERY,
        ...(settings.stopAtTarget ? { target: { metric: 'testAccuracy' as const, value: SOFTMAX_TARGET } } : {}),
      },
      probes: [{ id: 'decision-grid', bounds: datasetBounds(dataset), resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS }],
    }],
    seeds: [settings.seed],
    sliceBudgetMs: SLICE_BUDGET_MS,
  };
}
