/**
 * Training the neuron, as lab's run orchestrator takes it: a one-unit model (no hidden layer, sigmoid
 * output, cross-entropy) fitted by plain gradient descent to lab's seeded blobs, its weights read at
 * the start and at every report, so the sliders and the line move as it learns.
 */
import type { Dataset, LayerWeights, RunPlan, UnitWeights } from '../../../lab/index';
import { SLICE_BUDGET_MS } from '../../ui/demo-run/demo-defaults';
import type { TrainingSettings } from './neuron-config';

/** Plain gradient descent on the whole data set each epoch: the method the chapter describes. */
export const NEURON_OPTIMIZER = 'sgd';
/** Metrics every few epochs, so the live curve and the moving line have something to show. */
export const EVALUATE_EVERY = 5;

/** The neuron's weights and bias from its single dense layer's reading. */
export function neuronParams(layers: readonly LayerWeights[]): UnitWeights {
  const [w1 = NaN, w2 = NaN] = layers[0]?.kernel ?? [];
  return { weights: [w1, w2], bias: layers[0]?.bias[0] ?? 0 };
}

export function neuronPlan(settings: TrainingSettings, dataset: Dataset): RunPlan {
  return {
    arms: [{
      id: 'neuron',
      model: { kind: 'dense', config: { inputSize: 2, hidden: [], activation: { id: 'linear' }, outputSize: 1, output: 'sigmoid' } },
      dataset,
      train: { epochs: settings.epochs, learningRate: settings.learningRate, optimizer: NEURON_OPTIMIZER, evaluateEvery: EVALUATE_EVERY },
      probes: [{ id: 'weights', live: true }],
    }],
    seeds: [settings.seed],
    sliceBudgetMs: SLICE_BUDGET_MS,
  };
}
