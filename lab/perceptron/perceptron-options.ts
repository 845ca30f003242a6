/** Defaults and validation for the perceptron rule. */
import type { Dataset } from '../types.ts';
import { normaliseSeed } from '../rng.ts';
import type { UnitWeights } from './step-unit.ts';

export const DEFAULT_PERCEPTRON_LEARNING_RATE = 1;
export const DEFAULT_PERCEPTRON_MAX_EPOCHS = 100;
export const MAX_PERCEPTRON_EPOCHS = 100_000;
export const DEFAULT_PERCEPTRON_SLICE_MS = 12;

export interface PerceptronEpoch extends UnitWeights {
  /** 0 is the starting point (all weights zero), before any update. */
  epoch: number;
  /** Updates made during this epoch (points the unit got wrong when it reached them). */
  mistakes: number;
  /** Training points on their own class's side after this epoch, and that count's share of the split. */
  trainCorrect: number;
  trainAccuracy: number;
  testAccuracy?: number;
}

export interface PerceptronOptions {
  /** Seeds the order in which each epoch visits the training points. */
  seed: number;
  /** η in w ← w + η(y − ŷ)x. From zero weights any η > 0 gives the same predictions (it only scales w and b). */
  learningRate?: number;
  maxEpochs?: number;
  /** Milliseconds of work before yielding to the event loop. */
  sliceBudgetMs?: number;
  signal?: AbortSignal;
  /** Called with epoch 0 (the start) and after every epoch; a returned promise is awaited (a widget can pace the run). */
  onEpoch?: (epoch: PerceptronEpoch) => void | Promise<void>;
}

export interface ResolvedPerceptronOptions {
  seed: number;
  learningRate: number;
  maxEpochs: number;
  sliceBudgetMs: number;
}

export function resolvePerceptronOptions(options: PerceptronOptions): ResolvedPerceptronOptions {
  if (options === null || typeof options !== 'object') throw new Error('Perceptron: options must be an object with a seed.');
  if (options.seed === undefined) throw new Error('Perceptron: a seed is required so the visiting order is reproducible.');
  const learningRate = options.learningRate ?? DEFAULT_PERCEPTRON_LEARNING_RATE;
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || learningRate <= 0) {
    throw new Error(`Perceptron: learningRate must be a positive number, got ${String(options.learningRate)}.`);
  }
  const maxEpochs = options.maxEpochs ?? DEFAULT_PERCEPTRON_MAX_EPOCHS;
  if (!Number.isInteger(maxEpochs) || maxEpochs < 1 || maxEpochs > MAX_PERCEPTRON_EPOCHS) {
    throw new Error(`Perceptron: maxEpochs must be an integer from 1 to ${MAX_PERCEPTRON_EPOCHS}, got ${String(options.maxEpochs)}.`);
  }
  const sliceBudgetMs = options.sliceBudgetMs ?? DEFAULT_PERCEPTRON_SLICE_MS;
  if (!Number.isFinite(sliceBudgetMs) || sliceBudgetMs <= 0) {
    throw new Error(`Perceptron: sliceBudgetMs must be a positive number of milliseconds, got ${String(options.sliceBudgetMs)}.`);
  }
  return { seed: normaliseSeed(options.seed), learningRate, maxEpochs, sliceBudgetMs };
}

/** Throws a readable Error unless the data set is a classification set the rule can use. */
export function checkPerceptronData(dataset: Dataset): void {
  if (!dataset || typeof dataset !== 'object' || !dataset.train || !dataset.test) {
    throw new Error('Perceptron: needs a data set with train and test splits.');
  }
  if (dataset.numClasses < 2) throw new Error('Perceptron: needs class labels; a regression data set has none.');
  if (dataset.train.xs.length === 0) throw new Error('Perceptron: the train split is empty.');
  for (const [name, split] of [['train', dataset.train], ['test', dataset.test]] as const) {
    if (split.xs.length !== split.ys.length) throw new Error(`Perceptron: the ${name} split needs as many labels as points.`);
    split.xs.forEach((x, i) => {
      if (x.length !== dataset.inputSize || !x.every(Number.isFinite)) {
        throw new Error(`Perceptron: ${name} point ${i} must be ${dataset.inputSize} finite numbers.`);
      }
      const y = split.ys[i];
      if (!Number.isInteger(y) || y! < 0 || y! >= dataset.numClasses) {
        throw new Error(`Perceptron: ${name} label ${i} must be a class from 0 to ${dataset.numClasses - 1}, got ${String(y)}.`);
      }
    });
  }
}
