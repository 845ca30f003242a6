/**
 * Probes: what a view may ask of a model while it trains or once it has, named by id so a plan stays
 * plain data. The model itself never leaves lab/; only these readings do.
 */
import type { tf } from '../../tfjs.ts';
import type { Dataset, GridPrediction, TrainProgress, TrainResult } from '../../types.ts';
import type { Bounds } from '../../datasets/bounds.ts';
import type { DeadUnitReport } from '../../analysis/dead-units.ts';
import type { CollapseCheck } from '../../analysis/collapse-check.ts';
import type { Line } from '../../bias/least-squares.ts';
import type { SavedModel } from '../../models/saved-model.ts';

export type ProbeRequest =
  /** The output over the plane: at the start, at most every intervalMs while training, and at the end. */
  | { id: 'decision-grid'; bounds: Bounds; resolution: number; intervalMs: number }
  /** Every dense layer's kernel and bias: at the start, at each report when live, and at the end. */
  | { id: 'weights'; live?: boolean }
  /** The β values of trainable Swish layers, at the end. */
  | { id: 'betas' }
  /** A learned mix's coefficients per layer, at the end, and at each report of the first seed's run when live. */
  | { id: 'coefficients'; live?: 'first-seed' }
  /** A one-unit linear model's slope and intercept, at the end. */
  | { id: 'line' }
  /** Dead hidden units on the training inputs: at the start and every `every` epochs. */
  | { id: 'dead-units'; every: number }
  /** ‖∂L/∂W‖ of every hidden layer on the whole training batch: at the start and every `every` epochs. */
  | { id: 'gradient-norms'; every: number }
  /** A linear network multiplied out into one layer and checked against itself, at the end. */
  | { id: 'collapse-check' }
  /** The finished model's saved form (topology, weight specs and bytes), at the end. */
  | { id: 'saved-model' }
  /** The finished model's outputs (probabilities) on these inputs, at the end. */
  | { id: 'predictions'; inputs: readonly (readonly number[])[] };

export type ProbeId = ProbeRequest['id'];

export interface LayerWeights {
  /** [inputs × units], row-major. */
  kernel: number[];
  bias: number[];
  inputs: number;
  units: number;
}

/** What each probe reads. */
export interface ProbeData {
  'decision-grid': GridPrediction;
  weights: LayerWeights[];
  betas: number[][];
  coefficients: number[][];
  line: Line;
  'dead-units': DeadUnitReport;
  'gradient-norms': number[];
  'collapse-check': CollapseCheck;
  'saved-model': SavedModel;
  predictions: number[][];
}

export interface ProbeContext {
  model: tf.Sequential;
  dataset: Dataset;
  /** True when this run may report live readings (some probes follow only the first seed). */
  firstSeed: boolean;
  emit(epoch: number, data: unknown, progress?: TrainProgress): void;
}

/** One probe on one run. Each method is optional; end() returns the reading kept in the run's record. */
export interface ProbeSession {
  start?(): void;
  progress?(progress: TrainProgress): void;
  end?(result: TrainResult): unknown | Promise<unknown>;
  dispose?(): void;
}
