/**
 * The bias experiments as arms for lab's run orchestrator: a task (the ReLU network on the shifted
 * blobs, or one linear unit on the line), with or without biases, each with its own data and recipe.
 * The linear unit's learned line is read by the 'line' probe (readLine, below).
 */
import type { tf } from '../tfjs.ts';
import type { ArmSpec } from '../runs/plan.ts';
import type { ProbeRequest } from '../runs/probes/probe-types.ts';
import {
  biasBlobs, biasClassifierConfig, biasLine, biasRegressorConfig, biasTrainingFor, DEFAULT_SHIFT, type BiasTask,
} from './bias-setup.ts';
import type { Line } from './least-squares.ts';

export interface BiasArmOptions {
  seed: number;
  /** Classification only: how far the blobs sit from the origin along the diagonal. */
  shift?: number;
  /** Classification only: overrides the default number of epochs. */
  epochs?: number;
  /** Classification only: extra probes (e.g. the decision map). */
  probes?: readonly ProbeRequest[];
}

export const biasArmId = (task: BiasTask, useBias: boolean): string => `${task}-${useBias ? 'with' : 'without'}`;

export function biasArm(task: BiasTask, useBias: boolean, options: BiasArmOptions): ArmSpec {
  const { seed } = options;
  const classify = task === 'classify';
  const { seed: _seed, ...config } = classify ? biasClassifierConfig(seed, useBias) : biasRegressorConfig(seed, useBias);
  const recipe = biasTrainingFor(task);
  return {
    id: biasArmId(task, useBias),
    model: { kind: 'dense', config },
    dataset: classify ? biasBlobs(seed, options.shift ?? DEFAULT_SHIFT) : biasLine(seed),
    train: classify && options.epochs !== undefined ? { ...recipe, epochs: options.epochs } : recipe,
    probes: classify ? (options.probes ?? []) : [{ id: 'line' }],
  };
}

/** The race's four arms, in its order: the network without and with biases, then the line without and with. */
export function biasArms(options: BiasArmOptions): ArmSpec[] {
  return (['classify', 'regress'] as const).flatMap((task) => [false, true].map((useBias) => biasArm(task, useBias, options)));
}

/** The learned w and b of a one-unit linear model (b is 0 when the model has no bias). */
export function readLine(model: tf.Sequential): Line {
  const [kernel, bias] = model.getWeights();
  if (!kernel || kernel.size !== 1) throw new Error('readLine needs a model with a single weight (one input, one unit).');
  return { w: kernel.dataSync()[0]!, b: bias ? bias.dataSync()[0]! : 0 };
}
