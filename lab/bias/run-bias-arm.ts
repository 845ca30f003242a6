/**
 * runBiasArm: one arm of the bias experiments (a task, with or without biases), built by buildModel,
 * trained by lab's loop, read out and disposed. The caller can watch the model while it trains and
 * look at it once more before it goes (e.g. to sample a decision map).
 */
import type { tf } from '../tfjs.ts';
import type { TrainProgress, TrainResult } from '../types.ts';
import { buildModel } from '../models/build.ts';
import { train } from '../train/loop.ts';
import {
  biasBlobs, biasClassifierConfig, biasLine, biasRegressorConfig, biasTrainingFor, DEFAULT_SHIFT, type BiasTask,
} from './bias-setup.ts';
import type { Line } from './least-squares.ts';

export interface BiasArm {
  task: BiasTask;
  useBias: boolean;
}

export interface BiasArmOptions {
  seed: number;
  /** Classification only: how far the blobs sit from the origin along the diagonal. */
  shift?: number;
  /** Overrides the task's default number of epochs. */
  epochs?: number;
  signal?: AbortSignal;
  sliceBudgetMs?: number;
  onProgress?(progress: TrainProgress, model: tf.Sequential): void;
  /** Called after training, before the model is disposed. */
  beforeDispose?(model: tf.Sequential): void | Promise<void>;
}

export interface BiasArmResult extends BiasArm {
  result: TrainResult;
  /** Regression only: the learned slope and intercept (0 without a bias). */
  line?: Line;
}

/** The learned w and b of a one-unit linear model (b is 0 when the model has no bias). */
export function readLine(model: tf.Sequential): Line {
  const [kernel, bias] = model.getWeights();
  if (!kernel || kernel.size !== 1) throw new Error('readLine needs a model with a single weight (one input, one unit).');
  return { w: kernel.dataSync()[0]!, b: bias ? bias.dataSync()[0]! : 0 };
}

export async function runBiasArm(arm: BiasArm, options: BiasArmOptions): Promise<BiasArmResult> {
  const { seed } = options;
  const classify = arm.task === 'classify';
  const dataset = classify ? biasBlobs(seed, options.shift ?? DEFAULT_SHIFT) : biasLine(seed);
  const model = buildModel(classify ? biasClassifierConfig(seed, arm.useBias) : biasRegressorConfig(seed, arm.useBias));
  try {
    const result = await train(model, dataset, {
      ...biasTrainingFor(arm.task),
      ...(options.epochs !== undefined ? { epochs: options.epochs } : {}),
      seed,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.sliceBudgetMs !== undefined ? { sliceBudgetMs: options.sliceBudgetMs } : {}),
      onProgress: (progress) => options.onProgress?.(progress, model),
    });
    await options.beforeDispose?.(model);
    return { ...arm, result, ...(classify ? {} : { line: readLine(model) }) };
  } finally {
    model.dispose();
  }
}
