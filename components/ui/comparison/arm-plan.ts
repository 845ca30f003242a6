/**
 * A comparison widget's plan for lab's run orchestrator: one network per arm on the plane (the arms
 * differ in their hidden activation), one data set, one recipe and one seed, runs one after another,
 * each followed by a decision-grid probe for its live map.
 */
import { datasetBounds, type ArmSpec, type Bounds, type Dataset, type ProbeRequest, type Recipe, type RunPlan } from '../../../lab/index';
import { SLICE_BUDGET_MS } from '../demo-run/demo-defaults';

/** How fine a live map is and how often it is sampled while a run trains. */
export interface GridSampling {
  resolution: number;
  intervalMs: number;
}

export interface DenseArmsPlan {
  activations: readonly string[];
  dataset: Dataset;
  /** The hidden layers' widths, and the factor inputs are scaled by. */
  hidden: readonly number[];
  inputScale: number;
  /** One sigmoid unit, or a softmax over the data set's classes. */
  output: 'sigmoid' | 'softmax';
  train: Recipe;
  grid: GridSampling;
  seed: number;
  sliceBudgetMs?: number;
}

export function gridProbe(bounds: Bounds, { resolution, intervalMs }: GridSampling): ProbeRequest {
  return { id: 'decision-grid', bounds, resolution, intervalMs };
}

export function denseArmsPlan(plan: DenseArmsPlan): RunPlan {
  const { dataset, output } = plan;
  const outputSize = output === 'softmax' ? dataset.numClasses : 1;
  const arms = plan.activations.map((id): ArmSpec => ({
    id,
    model: { kind: 'dense', config: { inputSize: 2, hidden: [...plan.hidden], activation: { id }, outputSize, output, inputScale: plan.inputScale } },
    dataset,
    train: plan.train,
    probes: [gridProbe(datasetBounds(dataset), plan.grid)],
  }));
  return { arms, seeds: [plan.seed], sliceBudgetMs: plan.sliceBudgetMs ?? SLICE_BUDGET_MS };
}

/** make(key), made again only when the key changes: a seed's data set, kept while the seed stays. */
export function lastMade<Key, Value>(make: (key: Key) => Value, keyText: (key: Key) => string = String): (key: Key) => Value {
  let last: { text: string; value: Value } | undefined;
  return (key) => {
    const text = keyText(key);
    if (last?.text !== text) last = { text, value: make(key) };
    return last.value;
  };
}
