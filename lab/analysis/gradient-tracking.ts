/**
 * The vanishing-gradient experiment as lab's run orchestrator takes it: a deep network trained on one
 * batch, ‖∂L/∂W_l‖ of every hidden layer measured at initialisation and every few epochs (the
 * 'gradient-norms' probe), each reading joined with the loss and accuracy of its epoch.
 */
import type { ActivationChoice, Dataset, InitializerId, ModelConfig, TrainOptions } from '../types.ts';
import type { ProbeEvent, RunPlan } from '../runs/plan.ts';

export interface GradientSnapshot {
  epoch: number;
  /** Training loss at this epoch (NaN at initialisation). */
  loss: number;
  /** Training accuracy at this epoch (NaN at initialisation). */
  accuracy: number;
  /** ‖∂L/∂W_l‖ for each hidden layer, first to last. */
  norms: number[];
}

export interface GradientRunOptions extends Omit<TrainOptions, 'onProgress' | 'evaluateEvery' | 'target' | 'signal' | 'engine'> {
  /** Measure the gradients every this many epochs (and after the last). */
  measureEvery: number;
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

export function gradientTrackingPlan(config: ModelConfig, dataset: Dataset, options: GradientRunOptions): RunPlan {
  const { measureEvery, seed, sliceBudgetMs, ...recipe } = options;
  if (!Number.isInteger(measureEvery) || measureEvery < 1) {
    throw new Error(`measureEvery must be a positive whole number of epochs, got ${String(measureEvery)}.`);
  }
  const { seed: modelSeed, ...model } = config;
  return {
    arms: [{ id: 'deep', model: { kind: 'dense', config: model }, dataset, train: { ...recipe, evaluateEvery: measureEvery }, probes: [{ id: 'gradient-norms', every: measureEvery }] }],
    seeds: [seed ?? modelSeed],
    ...(sliceBudgetMs !== undefined ? { sliceBudgetMs } : {}),
  };
}

/** A gradient reading with its epoch's loss and accuracy, or undefined for any other probe event. */
export function gradientSnapshot(event: ProbeEvent): GradientSnapshot | undefined {
  if (event.probe !== 'gradient-norms') return undefined;
  return { epoch: event.epoch, loss: event.progress?.loss ?? NaN, accuracy: event.progress?.trainAccuracy ?? NaN, norms: event.data };
}
