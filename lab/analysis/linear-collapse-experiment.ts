/**
 * The linear-collapse experiment: one architecture (several hidden layers of equal width) trained on
 * the circle data twice, with linear hidden activations and with a nonlinear one, side by side (a plan
 * for lab's run orchestrator). The linear model is then multiplied out into one layer and checked
 * against itself (the 'collapse-check' probe). The defaults are the
 * ones the chapter's widget starts from, and the unit tests check the claims made about them.
 */
import type { Dataset, ModelConfig } from '../types.ts';
import { makeSeededDataset } from '../datasets/dataset-spec.ts';
import { datasetBounds } from '../datasets/bounds.ts';
import type { ArmSpec, RunPlan } from '../runs/plan.ts';
import type { ProbeRequest } from '../runs/probes/probe-types.ts';

export const NONLINEAR_CHOICES = ['tanh', 'relu'] as const;
export type NonlinearChoice = (typeof NONLINEAR_CHOICES)[number];

export interface LinearCollapseSettings {
  seed: number;
  hiddenLayers: number;
  units: number;
  nonlinear: NonlinearChoice;
  learningRate: number;
  epochs: number;
}

export const LINEAR_COLLAPSE_DEFAULTS: Readonly<LinearCollapseSettings> = Object.freeze({
  seed: 1,
  hiddenLayers: 3,
  units: 8,
  nonlinear: 'tanh',
  learningRate: 0.03,
  epochs: 100,
});

export const LINEAR_COLLAPSE_LIMITS = {
  hiddenLayers: { min: 1, max: 8 },
  units: { min: 1, max: 32 },
  learningRate: { min: 0.0001, max: 1 },
  epochs: { min: 1, max: 5000 },
} as const;

export const COLLAPSE_DATASET = { id: 'circle', size: 500, noise: 0, testFraction: 0.5 } as const;
/** The circle spans about ±5; scaling by 0.2 keeps tanh units out of saturation at the start. */
export const COLLAPSE_INPUT_SCALE = 0.2;
/** The nonlinear model stops once it reaches this test accuracy; the linear one uses every epoch. */
export const NONLINEAR_TARGET = 0.97;
export const COLLAPSE_EVALUATE_EVERY = 5;

export type ModelRole = 'linear' | 'nonlinear';

export function checkSettings(settings: LinearCollapseSettings): void {
  for (const name of ['hiddenLayers', 'units', 'epochs'] as const) {
    const { min, max } = LINEAR_COLLAPSE_LIMITS[name];
    const value = settings[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`Linear collapse: ${name} must be an integer from ${min} to ${max}, got ${String(value)}.`);
    }
  }
  const { min, max } = LINEAR_COLLAPSE_LIMITS.learningRate;
  if (!Number.isFinite(settings.learningRate) || settings.learningRate < min || settings.learningRate > max) {
    throw new Error(`Linear collapse: learningRate must be from ${min} to ${max}, got ${String(settings.learningRate)}.`);
  }
  if (!NONLINEAR_CHOICES.includes(settings.nonlinear)) {
    throw new Error(`Linear collapse: the comparison activation must be one of ${NONLINEAR_CHOICES.join(', ')}, got ${String(settings.nonlinear)}.`);
  }
}

export function collapseDataset(seed: number): Dataset {
  return makeSeededDataset(COLLAPSE_DATASET, seed);
}

export function collapseModelConfig(settings: LinearCollapseSettings, role: ModelRole): ModelConfig {
  return {
    inputSize: 2,
    hidden: new Array<number>(settings.hiddenLayers).fill(settings.units),
    activation: { id: role === 'linear' ? 'linear' : settings.nonlinear },
    outputSize: 1,
    output: 'sigmoid',
    inputScale: COLLAPSE_INPUT_SCALE,
    seed: settings.seed,
  };
}

/** Both networks trained at once (their time slices interleave), each map sampled, the linear one collapsed once it has finished. */
export function linearCollapsePlan(settings: LinearCollapseSettings, map?: { resolution: number; intervalMs: number }): RunPlan {
  checkSettings(settings);
  const dataset = collapseDataset(settings.seed);
  const mapProbes: ProbeRequest[] = map ? [{ id: 'decision-grid', bounds: datasetBounds(dataset), ...map }] : [];
  const arm = (role: ModelRole): ArmSpec => {
    const { seed: _seed, ...config } = collapseModelConfig(settings, role);
    return {
      id: role,
      model: { kind: 'dense', config },
      dataset,
      train: {
        epochs: settings.epochs, learningRate: settings.learningRate, optimizer: 'adam', evaluateEvery: COLLAPSE_EVALUATE_EVERY,
        ...(role === 'nonlinear' ? { target: { metric: 'testAccuracy' as const, value: NONLINEAR_TARGET } } : {}),
      },
      probes: role === 'linear' ? [...mapProbes, { id: 'collapse-check' }] : mapProbes,
    };
  };
  return { arms: [arm('linear'), arm('nonlinear')], seeds: [settings.seed], schedule: 'together' };
}
