/** Picks the engine for a run: lab's array engine when the model is a plain MLP it supports, else tfjs. */
import type { tf } from '../tfjs.ts';
import type { Dataset } from '../types.ts';
import { planMlp } from '../mlp/plan.ts';
import { createMlpEngine } from '../mlp/mlp-engine.ts';
import type { ModelHead } from './head.ts';
import type { ResolvedTrainOptions } from './options.ts';
import type { TrainingEngine } from './engine.ts';
import { createTfjsEngine } from './tfjs-engine.ts';

export function createEngine(model: tf.Sequential, head: ModelHead, dataset: Dataset, settings: ResolvedTrainOptions): TrainingEngine {
  const plan = settings.engine === 'auto' ? planMlp(model, head.output, head.fromLogits) : undefined;
  return plan ? createMlpEngine(plan, dataset, settings) : createTfjsEngine(model, head, dataset, settings);
}
