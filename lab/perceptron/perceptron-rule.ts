/**
 * Rosenblatt's perceptron rule for one step unit, in plain numbers: visit the training points one at
 * a time in a seeded order, and whenever the unit's output ŷ = step(w·x + b) differs from the label y,
 * move w by η(y − ŷ)x and b by η(y − ŷ). No derivative is involved, so the step's zero gradient does
 * not matter. The run ends when a whole epoch passes without a mistake (the data are separated) or at
 * the epoch limit (they may not be separable).
 */
import type { Dataset, Split } from '../types.ts';
import { createRng, deriveSeed, normaliseSeed } from '../rng.ts';
import { yieldToEventLoop } from '../train/yield.ts';
import { checkPerceptronData, resolvePerceptronOptions, type PerceptronEpoch, type PerceptronOptions } from './perceptron-options.ts';

export type { PerceptronEpoch };
import { accuracyOfUnit, correctByUnit, stepUnitOutput, type UnitWeights } from './step-unit.ts';

export type PerceptronStatus = 'converged' | 'epoch-limit' | 'stopped';

export interface PerceptronResult extends UnitWeights {
  status: PerceptronStatus;
  /** Epochs run; for 'converged', the first epoch without a mistake. */
  epochs: number;
  /** Updates over the whole run. */
  updates: number;
  trainCorrect: number;
  trainAccuracy: number;
  testAccuracy?: number;
  history: PerceptronEpoch[];
  elapsedMs: number;
}

const now = (): number => performance.now();

/** The unit after an epoch; the train split is never empty here (checkPerceptronData). */
function snapshot(unit: UnitWeights, epoch: number, mistakes: number, dataset: Dataset): PerceptronEpoch {
  const trainCorrect = correctByUnit(unit, dataset.train);
  return {
    epoch,
    mistakes,
    weights: unit.weights.slice(),
    bias: unit.bias,
    trainCorrect,
    trainAccuracy: trainCorrect / dataset.train.xs.length,
    ...(dataset.test.xs.length > 0 ? { testAccuracy: accuracyOfUnit(unit, dataset.test) } : {}),
  };
}

/** Where the rule starts: every weight and the bias at 0, so w·x + b = 0 at every point and the step calls each one class 1. */
export function perceptronStart(inputSize: number): UnitWeights {
  return { weights: new Array<number>(inputSize).fill(0), bias: 0 };
}

/** One pass over the split in the given order; returns the number of updates. Mutates `unit`. */
export function perceptronEpoch(unit: UnitWeights, split: Split, order: readonly number[], learningRate: number): number {
  let mistakes = 0;
  for (const index of order) {
    const x = split.xs[index]!;
    const error = split.ys[index]! - stepUnitOutput(unit, x);
    if (error === 0) continue;
    mistakes += 1;
    const scaled = learningRate * error;
    for (let i = 0; i < unit.weights.length; i++) unit.weights[i]! += scaled * x[i]!;
    unit.bias += scaled;
  }
  return mistakes;
}

export async function trainPerceptron(dataset: Dataset, options: PerceptronOptions): Promise<PerceptronResult> {
  checkPerceptronData(dataset);
  const settings = resolvePerceptronOptions(options);
  const startedAt = now();
  const orderRng = createRng(deriveSeed(normaliseSeed(settings.seed), 'perceptron-order'));
  const indices = dataset.train.ys.map((_, i) => i);
  const unit = perceptronStart(dataset.inputSize);
  const history: PerceptronEpoch[] = [snapshot(unit, 0, 0, dataset)];
  await options.onEpoch?.(history[0]!);

  let updates = 0;
  let status: PerceptronStatus = 'epoch-limit';
  let sliceStart = now();
  for (let epoch = 1; epoch <= settings.maxEpochs; epoch++) {
    if (options.signal?.aborted) {
      status = 'stopped';
      break;
    }
    const mistakes = perceptronEpoch(unit, dataset.train, orderRng.shuffle(indices), settings.learningRate);
    updates += mistakes;
    const record = snapshot(unit, epoch, mistakes, dataset);
    history.push(record);
    await options.onEpoch?.(record);
    if (mistakes === 0) {
      status = 'converged';
      break;
    }
    if (now() - sliceStart >= settings.sliceBudgetMs) {
      await yieldToEventLoop();
      sliceStart = now();
    }
  }
  const last = history[history.length - 1]!;
  return {
    status,
    epochs: last.epoch,
    updates,
    weights: last.weights,
    bias: last.bias,
    trainCorrect: last.trainCorrect,
    trainAccuracy: last.trainAccuracy,
    ...(last.testAccuracy !== undefined ? { testAccuracy: last.testAccuracy } : {}),
    history,
    elapsedMs: now() - startedAt,
  };
}
