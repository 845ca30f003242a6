/**
 * What the training loop needs from an engine: run an epoch, hand over the epoch losses, measure,
 * and keep the tfjs model's weights current. Two engines implement it: tfjs itself (any model) and
 * lab's array engine (array-engine/), chosen automatically for dense networks with catalog activations.
 */
import type { EngineChoice, EngineName, OutputKind } from '../types.ts';

export type { EngineChoice, EngineName };

export const ENGINE_CHOICES: readonly EngineChoice[] = ['auto', 'lab', 'tfjs'];

export interface EpochLoss {
  epoch: number;
  loss: number;
}

export interface MeasuredMetrics {
  trainLoss: number;
  trainAccuracy?: number;
  testLoss?: number;
  testAccuracy?: number;
}

export interface TrainingEngine {
  readonly name: EngineName;
  /** Training examples per epoch. */
  readonly trainSize: number;
  /**
   * Updates for epoch `epoch`; its loss waits until takeLosses(). Between two mini-batches the engine
   * asks `pause()` and, on true, stops and returns false; the next call goes on with the same epoch
   * from the next mini-batch. Returns true when the epoch is complete.
   */
  runEpoch(epoch: number, pause?: () => boolean): boolean;
  /** The losses of the epochs run since the last call, in order. */
  takeLosses(): Promise<EpochLoss[]>;
  /** Loss and accuracy of the current weights on the train (and test) split. */
  measure(): Promise<MeasuredMetrics>;
  /** Writes the engine's weights into the model, so anyone reading the model sees them. */
  syncModel(): void;
  dispose(): void;
}

/** Metrics from [loss, accuracy] pairs (accuracy NaN or the output linear: no accuracy). */
export function toMeasuredMetrics(output: OutputKind, train: ArrayLike<number>, test: ArrayLike<number> | undefined): MeasuredMetrics {
  const trainAccuracy = train[1] ?? NaN;
  return {
    trainLoss: train[0] ?? NaN,
    ...(Number.isNaN(trainAccuracy) || output === 'linear' ? {} : { trainAccuracy }),
    ...(test ? { testLoss: test[0] ?? NaN } : {}),
    ...(test && output !== 'linear' ? { testAccuracy: test[1] ?? NaN } : {}),
  };
}
