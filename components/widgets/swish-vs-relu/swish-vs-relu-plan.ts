/** The comparison as lab's run orchestrator takes it: the data set, three arms, one run per seed. */
import { consecutiveSeeds, loadRealDataset, swishArms, type Dataset, type RunPlan } from '../../../lab/index';
import { hiddenLayers } from '../../ui/comparison/comparison-form';
import { EVALUATE_EVERY, MNIST_SUBSET, OPTIMIZER, SLICE_BUDGET_MS, type SwishDatasetId, type SwishSettings } from './swish-vs-relu-config';

function loadData(id: SwishDatasetId, seed: number): Promise<Dataset> {
  return loadRealDataset(id, { seed, ...(id === 'mnist' ? { size: MNIST_SUBSET } : {}) });
}

export async function swishPlan(settings: SwishSettings): Promise<RunPlan> {
  const dataset = await loadData(settings.dataset, settings.baseSeed);
  const network = { inputSize: dataset.inputSize, hidden: hiddenLayers(settings), outputSize: dataset.numClasses, output: 'softmax' as const };
  const recipe = { epochs: settings.epochs, learningRate: settings.learningRate, optimizer: OPTIMIZER, evaluateEvery: EVALUATE_EVERY } as const;
  return {
    arms: swishArms(network, settings.sharing, dataset, recipe),
    seeds: consecutiveSeeds(settings.baseSeed, settings.seeds),
    sliceBudgetMs: SLICE_BUDGET_MS,
  };
}
