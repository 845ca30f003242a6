/** The comparison as lab's run orchestrator takes it: the data set, the learned mix and two fixed arms, one run per seed. */
import { consecutiveSeeds, learnedArms, loadRealDataset, makeDataset, type Dataset, type RunPlan } from '../../../lab/index';
import { hiddenLayers } from '../../ui/comparison/comparison-form';
import { EVALUATE_EVERY, OPTIMIZER, SLICE_BUDGET_MS, SYNTHETIC, type LearnedDatasetId, type LearnedSettings } from './learned-config';

async function loadData(id: LearnedDatasetId, seed: number): Promise<{ dataset: Dataset; inputScale: number }> {
  if (id === 'penguins') return { dataset: await loadRealDataset('penguins', { seed }), inputScale: 1 };
  const { size, noise, testFraction, inputScale } = SYNTHETIC;
  return { dataset: makeDataset(id, { size, noise, testFraction, seed }), inputScale };
}

export async function learnedPlan(settings: LearnedSettings): Promise<RunPlan> {
  const { dataset, inputScale } = await loadData(settings.dataset, settings.baseSeed);
  const binary = dataset.numClasses === 2;
  const network = { inputSize: dataset.inputSize, hidden: hiddenLayers(settings), outputSize: binary ? 1 : dataset.numClasses, output: binary ? 'sigmoid' as const : 'softmax' as const, inputScale };
  const recipe = { epochs: settings.epochs, learningRate: settings.learningRate, optimizer: OPTIMIZER, evaluateEvery: EVALUATE_EVERY } as const;
  return {
    arms: learnedArms(network, { bases: settings.bases, mode: settings.mode }, dataset, recipe),
    seeds: consecutiveSeeds(settings.baseSeed, settings.seeds),
    sliceBudgetMs: SLICE_BUDGET_MS,
  };
}
