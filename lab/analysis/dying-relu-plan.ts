/**
 * The dying-ReLU experiment as lab's run orchestrator takes it: the same network trained twice, side
 * by side, from the same initial weights on the same data, once with ReLU and once with leaky ReLU,
 * the dead units of every hidden layer counted at initialisation and every few epochs.
 */
import type { ActivationChoice, Dataset, InitializerId, ModelConfig, OptimizerId } from '../types.ts';
import type { ArmSpec, ProbeEvent, RunPlan } from '../runs/plan.ts';
import type { DeadUnitReport } from './dead-units.ts';

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
}

export interface DeadUnitSnapshot {
  arm: DyingReluArm;
  epoch: number;
  totalEpochs: number;
  /** Training loss at this epoch (NaN at initialisation). */
  loss: number;
  report: DeadUnitReport;
}

function activationOf(arm: DyingReluArm, leakyAlpha: number): ActivationChoice {
  return arm === 'relu' ? { id: 'relu' } : { id: 'leaky-relu', params: { alpha: leakyAlpha } };
}

function modelConfig(config: DyingReluConfig, arm: DyingReluArm): Omit<ModelConfig, 'seed'> {
  const classes = config.dataset.numClasses;
  return {
    inputSize: config.dataset.inputSize,
    hidden: config.hidden,
    activation: activationOf(arm, config.leakyAlpha),
    outputSize: classes === 2 ? 1 : classes,
    output: classes === 2 ? 'sigmoid' : 'softmax',
    initializer: config.initializer ?? 'he',
    inputScale: config.inputScale ?? 1,
  };
}

export function dyingReluPlan(config: DyingReluConfig): RunPlan {
  if (!Number.isInteger(config.measureEvery) || config.measureEvery < 1) {
    throw new Error(`measureEvery must be a positive whole number of epochs, got ${String(config.measureEvery)}.`);
  }
  const arms = DYING_RELU_ARMS.map((arm): ArmSpec => ({
    id: arm,
    model: { kind: 'dense', config: modelConfig(config, arm) },
    dataset: config.dataset,
    train: { epochs: config.epochs, learningRate: config.learningRate, optimizer: config.optimizer ?? 'sgd', evaluateEvery: config.measureEvery },
    probes: [{ id: 'dead-units', every: config.measureEvery }],
  }));
  return { arms, seeds: [config.seed], schedule: 'together', ...(config.sliceBudgetMs !== undefined ? { sliceBudgetMs: config.sliceBudgetMs } : {}) };
}

/** A dead-unit reading as the chapter's charts use it, or undefined for any other probe event. */
export function deadUnitSnapshot(event: ProbeEvent, totalEpochs: number): DeadUnitSnapshot | undefined {
  if (event.probe !== 'dead-units') return undefined;
  return { arm: event.run.arm as DyingReluArm, epoch: event.epoch, totalEpochs, loss: event.progress?.loss ?? NaN, report: event.data };
}
