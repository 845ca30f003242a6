/**
 * Picks the engine for a run: with 'auto', lab's array engine when the model is a dense network it
 * supports (any hidden activation of the catalog, fused or as its own layer, PReLU and trainable
 * Swish with their weights: array-engine/plan.ts) and the array engine is measured faster at its size
 * on the active backend (engine-crossover.ts), else tfjs; 'lab' insists on the array engine (and says
 * why a model does not fit it); 'tfjs' always trains with tfjs.
 */
import { tf } from '../tfjs.ts';
import type { Dataset } from '../types.ts';
import { planMlp } from './array-engine/plan.ts';
import { createArrayEngine } from './array-engine/array-engine.ts';
import type { ModelHead } from './head.ts';
import type { ResolvedTrainOptions } from './options.ts';
import type { TrainingEngine } from './engine.ts';
import { createTfjsEngine } from './tfjs-engine.ts';
import { arrayEngineIsFaster } from './engine-crossover.ts';

/** Rows in one training step: the batch size, or the whole training split. */
function batchRows(dataset: Dataset, settings: ResolvedTrainOptions): number {
  const trainSize = dataset.train.ys.length;
  return Math.min(settings.batchSize ?? trainSize, trainSize);
}

export function createEngine(model: tf.Sequential, head: ModelHead, dataset: Dataset, settings: ResolvedTrainOptions): TrainingEngine {
  const plan = settings.engine === 'tfjs' ? undefined : planMlp(model, head.output, head.fromLogits);
  if (plan && (settings.engine === 'lab' || arrayEngineIsFaster(plan.layers, batchRows(dataset, settings), tf.getBackend()))) {
    return createArrayEngine(plan, dataset, settings);
  }
  if (settings.engine === 'lab') {
    throw new Error('Training: lab\'s array engine trains dense networks whose activations it knows; this model needs engine "tfjs" (or "auto").');
  }
  return createTfjsEngine(model, head, dataset, settings);
}
