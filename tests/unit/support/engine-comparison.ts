/**
 * Trains the same model twice, on lab's array engine and on tfjs (the reference), and expects the same
 * epoch losses, metrics, final weights and weights seen by onProgress (to 1e-4, relative above 1).
 */
import { expect } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { Dataset, ModelConfig, TrainOptions, TrainProgress, TrainResult } from '../../../lab/types.ts';
import { buildModel } from '../../../lab/models/index.ts';
import { train } from '../../../lab/train/index.ts';

const TOLERANCE = 1e-4;

interface EngineRun {
  result: TrainResult;
  weights: number[][];
  /** The model's weights as onProgress saw them, by epoch. */
  progressWeights: Map<number, number[]>;
}

/** A ModelConfig for buildModel, or a function that builds the model (e.g. a learned-mix network). */
export type ModelSource = ModelConfig | (() => tf.Sequential);

async function runWith(engine: 'auto' | 'tfjs', source: ModelSource, dataset: Dataset, options: TrainOptions): Promise<EngineRun> {
  const before = tf.memory().numTensors;
  const model = typeof source === 'function' ? source() : buildModel(source);
  const progressWeights = new Map<number, number[]>();
  const onProgress = ({ epoch }: TrainProgress): void => {
    progressWeights.set(epoch, model.getWeights().flatMap((w) => Array.from(w.dataSync())));
  };
  const result = await train(model, dataset, { ...options, engine, onProgress });
  const weights = model.getWeights().map((w) => Array.from(w.dataSync()));
  model.dispose();
  expect(tf.memory().numTensors).toBe(before);
  return { result, weights, progressWeights };
}

export function expectClose(actual: readonly number[], expected: readonly number[], what: string): void {
  expect(actual, what).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    if (Number.isNaN(value) && Number.isNaN(expected[i])) return;
    const scale = Math.max(1, Math.abs(expected[i]!));
    expect(Math.abs(value - expected[i]!) / scale, `${what}[${i}]: ${value} vs ${expected[i]}`).toBeLessThan(TOLERANCE);
  });
}

/** Compares losses, metrics and weights; after a divergence only the losses up to it mean anything. */
export async function expectSameTraining(config: ModelSource, dataset: Dataset, options: TrainOptions, { weights = true } = {}): Promise<TrainResult> {
  const fast = await runWith('auto', config, dataset, options);
  const reference = await runWith('tfjs', config, dataset, options);
  expect(fast.result.engine).toBe('lab');
  expect(reference.result.engine).toBe('tfjs');
  expect(fast.result.status).toBe(reference.result.status);
  expect(fast.result.epoch).toBe(reference.result.epoch);
  expectClose(fast.result.history.map((h) => h.loss), reference.result.history.map((h) => h.loss), 'epoch losses');
  const metrics = (r: TrainResult) => [r.final.loss, r.final.testLoss ?? 0, r.final.testAccuracy ?? 0, r.final.trainAccuracy ?? 0];
  expectClose(metrics(fast.result), metrics(reference.result), 'final metrics');
  if (!weights) return fast.result;
  expectClose(fast.weights.flat(), reference.weights.flat(), 'final weights');
  const evaluated = [...reference.progressWeights.keys()].filter((epoch) => epoch % (options.evaluateEvery ?? 10) === 0);
  expect(evaluated.length).toBeGreaterThan(0);
  for (const epoch of evaluated) {
    expectClose(fast.progressWeights.get(epoch) ?? [], reference.progressWeights.get(epoch)!, `weights onProgress saw at epoch ${epoch}`);
  }
  return fast.result;
}

