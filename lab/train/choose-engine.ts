/**
 * Picks the engine for a run: with 'auto', lab's array engine when the model is a dense network it
 * supports (any hidden activation of the catalog, fused or as its own layer, PReLU and trainable
 * Swish with their weights: array-engine/plan.ts), else tfjs; 'lab' insists on the array engine (and says why a model does not fit it);
 * 'tfjs' always trains with tfjs.
 */
import type { tf } from '../tfjs.ts';
import type { Dataset, EngineChoice } from '../types.ts';
import { planMlp, type MlpShape } from './array-engine/plan.ts';
import { createArrayEngine } from './array-engine/array-engine.ts';
import type { ModelHead } from './head.ts';
import type { ResolvedTrainOptions } from './options.ts';
import type { TrainingEngine } from './engine.ts';
import { createTfjsEngine } from './tfjs-engine.ts';

/**
 * Whether a network the array engine can run trains on it under this engine choice: the one place
 * the choice is made, for a tfjs model's plan here and for a network of lab's own (runs/run-one-arm.ts).
 */
export function labEngineChosen(engine: EngineChoice, _network: MlpShape): boolean {
  return engine !== 'tfjs';
}

export function createEngine(model: tf.Sequential, head: ModelHead, dataset: Dataset, settings: ResolvedTrainOptions): TrainingEngine {
  const plan = settings.engine === 'tfjs' ? undefined : planMlp(model, head.output, head.fromLogits);
  if (plan && labEngineChosen(settings.engine, plan)) return createArrayEngine(plan, dataset, settings);
  if (settings.engine === 'lab') {
    throw new Error('Training: lab\'s array engine trains dense networks whose activations it knows; this model needs engine "tfjs" (or "auto").');
  }
  return createTfjsEngine(model, head, dataset, settings);
}
