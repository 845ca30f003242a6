/**
 * Trains a deep network and records ‖∂L/∂W_l‖ of every hidden layer at initialisation and every few
 * epochs, on the whole training batch. The model lives only inside the run.
 */
import type { ActivationChoice, Dataset, InitializerId, ModelConfig, TrainOptions, TrainResult } from '../types.ts';
import { buildModel } from '../models/build.ts';
import { train } from '../train/loop.ts';
import { readHead } from '../train/head.ts';
import { disposeSplitTensors, splitToTensors } from '../train/tensors.ts';
import { yieldToEventLoop } from '../train/yield.ts';
import { layerGradientNormsTensor } from './gradient-norms.ts';

export interface GradientSnapshot {
  epoch: number;
  /** Training loss at this epoch (NaN at initialisation). */
  loss: number;
  /** Training accuracy at this epoch (NaN at initialisation). */
  accuracy: number;
  /** ‖∂L/∂W_l‖ for each hidden layer, first to last. */
  norms: number[];
}

export interface GradientRunOptions extends Omit<TrainOptions, 'onProgress' | 'evaluateEvery' | 'target'> {
  /** Measure the gradients every this many epochs (and after the last). */
  measureEvery: number;
  onSnapshot?: (snapshot: GradientSnapshot, totalEpochs: number) => void;
}

export interface GradientRun {
  result: TrainResult;
  snapshots: GradientSnapshot[];
}

export interface DeepNetworkOptions {
  activation: ActivationChoice;
  initializer: InitializerId;
  seed: number;
  depth: number;
  width: number;
  inputSize: number;
}

/** A stack of `depth` equal hidden layers with a sigmoid output, for the vanishing-gradient experiment. */
export function deepNetworkConfig(options: DeepNetworkOptions): ModelConfig {
  const { activation, initializer, seed, depth, width, inputSize } = options;
  if (!Number.isInteger(depth) || depth < 2) throw new Error(`A deep network needs at least 2 hidden layers, got ${String(depth)}.`);
  return { inputSize, hidden: Array.from({ length: depth }, () => width), activation, outputSize: 1, output: 'sigmoid', initializer, seed };
}

export async function trainTrackingGradients(config: ModelConfig, dataset: Dataset, options: GradientRunOptions): Promise<GradientRun> {
  const { measureEvery, onSnapshot, ...trainOptions } = options;
  if (!Number.isInteger(measureEvery) || measureEvery < 1) {
    throw new Error(`measureEvery must be a positive whole number of epochs, got ${String(measureEvery)}.`);
  }
  // The caller's set-up, building, the first measurement and the trainer's set-up each get a task of their own.
  await yieldToEventLoop();
  const model = buildModel(config);
  const batch = splitToTensors(dataset.train, readHead(model));
  const snapshots: GradientSnapshot[] = [];
  const record = (epoch: number, loss: number, accuracy: number): void => {
    const normsTensor = layerGradientNormsTensor(model, batch.xs, batch.targets);
    const norms = Array.from(normsTensor.dataSync());
    normsTensor.dispose();
    const snapshot = { epoch, loss, accuracy, norms };
    snapshots.push(snapshot);
    onSnapshot?.(snapshot, trainOptions.epochs);
  };
  try {
    await yieldToEventLoop();
    record(0, NaN, NaN);
    await yieldToEventLoop();
    const result = await train(model, dataset, {
      ...trainOptions,
      evaluateEvery: measureEvery,
      onProgress: (progress) => {
        const due = progress.epoch % measureEvery === 0 || progress.epoch === progress.totalEpochs;
        const alreadyRecorded = snapshots[snapshots.length - 1]!.epoch === progress.epoch;
        if (due && !alreadyRecorded) record(progress.epoch, progress.loss, progress.trainAccuracy ?? NaN);
      },
    });
    return { result, snapshots };
  } finally {
    disposeSplitTensors(batch);
    model.dispose();
  }
}
