/**
 * The dying-ReLU experiment: the same network trained twice from the same initial weights on the
 * same data, once with ReLU and once with leaky ReLU, recording the dead units of every hidden layer
 * at initialisation and every few epochs. Both models live only inside the run.
 */
import type { ActivationChoice, Dataset, InitializerId, ModelConfig, OptimizerId, TrainResult } from '../types.ts';
import { buildModel } from '../models/build.ts';
import { train } from '../train/loop.ts';
import { readHead } from '../train/head.ts';
import { disposeSplitTensors, splitToTensors } from '../train/tensors.ts';
import { yieldToEventLoop } from '../train/yield.ts';
import { countDeadUnits, type DeadUnitReport } from './dead-units.ts';

export type DyingReluArm = 'relu' | 'leaky';
export const DYING_RELU_ARMS: readonly DyingReluArm[] = ['relu', 'leaky'];

export interface DyingReluConfig {
  dataset: Dataset;
  hidden: number[];
  seed: number;
  learningRate: number;
  epochs: number;
  measureEvery: number;
  leakyAlpha: number;
  optimizer?: OptimizerId;
  initializer?: InitializerId;
  inputScale?: number;
  /** Milliseconds of training per slice (the trainer's default when left out); results do not depend on it. */
  sliceBudgetMs?: number;
  signal?: AbortSignal;
  onSnapshot?: (snapshot: DeadUnitSnapshot) => void;
}

export interface DeadUnitSnapshot {
  arm: DyingReluArm;
  epoch: number;
  totalEpochs: number;
  loss: number;
  report: DeadUnitReport;
}

export interface DyingReluRun {
  results: Record<DyingReluArm, TrainResult>;
  snapshots: DeadUnitSnapshot[];
}

function activationOf(arm: DyingReluArm, leakyAlpha: number): ActivationChoice {
  return arm === 'relu' ? { id: 'relu' } : { id: 'leaky-relu', params: { alpha: leakyAlpha } };
}

function modelConfig(config: DyingReluConfig, arm: DyingReluArm): ModelConfig {
  const { dataset } = config;
  const classes = dataset.numClasses;
  return {
    inputSize: dataset.inputSize,
    hidden: config.hidden,
    activation: activationOf(arm, config.leakyAlpha),
    outputSize: classes === 2 ? 1 : classes,
    output: classes === 2 ? 'sigmoid' : 'softmax',
    initializer: config.initializer ?? 'he',
    inputScale: config.inputScale ?? 1,
    seed: config.seed,
  };
}

async function trainArm(config: DyingReluConfig, arm: DyingReluArm, snapshots: DeadUnitSnapshot[]): Promise<TrainResult> {
  const { epochs, measureEvery } = config;
  // Both arms start at once: building, the first count and the trainer's set-up each get a task of their own.
  await yieldToEventLoop();
  const model = buildModel(modelConfig(config, arm));
  const inputs = splitToTensors(config.dataset.train, readHead(model));
  let lastEpoch = -1;
  const record = (epoch: number, loss: number): void => {
    lastEpoch = epoch;
    const snapshot: DeadUnitSnapshot = { arm, epoch, totalEpochs: epochs, loss, report: countDeadUnits(model, inputs.xs) };
    snapshots.push(snapshot);
    config.onSnapshot?.(snapshot);
  };
  try {
    await yieldToEventLoop();
    record(0, NaN);
    await yieldToEventLoop();
    return await train(model, config.dataset, {
      epochs,
      ...(config.sliceBudgetMs !== undefined ? { sliceBudgetMs: config.sliceBudgetMs } : {}),
      learningRate: config.learningRate,
      optimizer: config.optimizer ?? 'sgd',
      seed: config.seed,
      evaluateEvery: measureEvery,
      ...(config.signal ? { signal: config.signal } : {}),
      onProgress: (progress) => {
        const due = progress.epoch % measureEvery === 0 || progress.epoch === epochs;
        if (due && progress.epoch !== lastEpoch) record(progress.epoch, progress.loss);
      },
    });
  } finally {
    disposeSplitTensors(inputs);
    model.dispose();
  }
}

export async function runDyingRelu(config: DyingReluConfig): Promise<DyingReluRun> {
  if (!Number.isInteger(config.measureEvery) || config.measureEvery < 1) {
    throw new Error(`measureEvery must be a positive whole number of epochs, got ${String(config.measureEvery)}.`);
  }
  const snapshots: DeadUnitSnapshot[] = [];
  const [relu, leaky] = await Promise.all(DYING_RELU_ARMS.map((arm) => trainArm(config, arm, snapshots)));
  return { results: { relu: relu!, leaky: leaky! }, snapshots };
}
