/**
 * Training the neuron, through lab/: a one-unit model (no hidden layer, sigmoid output, cross-entropy)
 * fitted by plain gradient descent to lab's seeded blobs. The model lives only inside one run.
 */
import { buildModel, makeSeededDataset, train, type tf, type Dataset, type TrainProgress, type TrainResult } from '../../../lab/index';
import { NEURON_DATASET } from './neuron-config';
import type { NeuronParams } from './neuron-math';
import type { TrainingSettings } from './neuron-dom';

/** Plain gradient descent on the whole data set each epoch: the method the chapter describes. */
export const NEURON_OPTIMIZER = 'sgd';
/** Metrics every few epochs, so the live curve and the moving line have something to show. */
export const EVALUATE_EVERY = 5;
export const SLICE_BUDGET_MS = 12;

export function neuronDataset(seed: number): Dataset {
  return makeSeededDataset(NEURON_DATASET, seed);
}

/** The neuron's current weights and bias, read from the model's single dense layer. */
export function readNeuronParams(model: tf.Sequential): NeuronParams {
  const [kernel, bias] = model.getWeights();
  const [w1 = NaN, w2 = NaN] = kernel ? kernel.dataSync() : [];
  return { w1, w2, b: bias ? bias.dataSync()[0] ?? NaN : 0 };
}

export interface NeuronRun {
  result: TrainResult;
  params: NeuronParams;
}

export async function trainNeuron(
  dataset: Dataset,
  settings: TrainingSettings,
  signal: AbortSignal,
  onProgress: (progress: TrainProgress, params: NeuronParams) => void,
): Promise<NeuronRun> {
  const model = buildModel({
    inputSize: 2,
    hidden: [],
    activation: { id: 'linear' },
    outputSize: 1,
    output: 'sigmoid',
    seed: settings.seed,
  });
  try {
    onProgress({ epoch: 0, loss: NaN, totalEpochs: settings.epochs, elapsedMs: 0 }, readNeuronParams(model));
    const result = await train(model, dataset, {
      epochs: settings.epochs,
      learningRate: settings.learningRate,
      optimizer: NEURON_OPTIMIZER,
      seed: settings.seed,
      evaluateEvery: EVALUATE_EVERY,
      sliceBudgetMs: SLICE_BUDGET_MS,
      signal,
      onProgress: (progress) => onProgress(progress, readNeuronParams(model)),
    });
    return { result, params: readNeuronParams(model) };
  } finally {
    model.dispose();
  }
}
