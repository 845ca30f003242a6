/**
 * Picks the engine for a run: with 'auto', lab's array engine when the model is a dense network it
 * supports (any hidden activation of the catalog, fused or as its own layer, PReLU and trainable
 * Swish with their weights: array-engine/plan.ts) and the array engine is measured faster at its size
 * on the backend (engine-crossover.ts), else tfjs; 'lab' insists on the array engine (and says why a
 * model does not fit it); 'tfjs' always trains with tfjs.
 */
import { tfjsBackendName, tfjsLoaded } from '../tfjs.ts';
import type { Dataset, EngineChoice } from '../types.ts';
import { planMlp, type MlpShape } from './array-engine/plan.ts';
import { createArrayEngine } from './array-engine/array-engine.ts';
import type { ModelHead } from './head.ts';
import type { ResolvedTrainOptions } from './options.ts';
import type { TrainingEngine } from './engine.ts';
import { createTfjsEngine } from './tfjs-engine.ts';
import { arrayEngineIsFaster } from './engine-crossover.ts';

/** Rows in one training step: the batch size, or the whole training split. */
export function batchRows(dataset: Dataset, batchSize: number | undefined): number {
  const trainSize = dataset.train.ys.length;
  return Math.min(batchSize ?? trainSize, trainSize);
}

/**
 * The backend the size rule compares against: tfjs's once it is loaded; before that, wasm, the backend
 * a page starts. A network big enough for wasm to win then loads tfjs, and createEngine decides
 * again on the backend that actually started (on cpu the array engine still trains it).
 */
function crossoverBackend(): string {
  return tfjsLoaded() ? tfjsBackendName() : 'wasm';
}

/**
 * Whether a network the array engine can run trains on it under this engine choice and batch: the
 * one place the choice is made, for a tfjs model's plan here and for a network of lab's own
 * (runs/run-one-arm.ts).
 */
export function labEngineChosen(engine: EngineChoice, network: Pick<MlpShape, 'layers'>, rows: number): boolean {
  if (engine === 'lab') return true;
  if (engine === 'tfjs') return false;
  return arrayEngineIsFaster(network.layers, rows, crossoverBackend());
}

export function createEngine(model: tf.Sequential, head: ModelHead, dataset: Dataset, settings: ResolvedTrainOptions): TrainingEngine {
  const plan = settings.engine === 'tfjs' ? undefined : planMlp(model, head.output, head.fromLogits);
  if (plan && labEngineChosen(settings.engine, plan, batchRows(dataset, settings.batchSize))) return createArrayEngine(plan, dataset, settings);
  if (settings.engine === 'lab') {
    throw new Error('Training: lab\'s array engine trains dense networks whose activations it knows; this model needs engine "tfjs" (or "auto").');
  }
  return createTfjsEngine(model, head, dataset, settings);
}
