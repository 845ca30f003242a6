/**
 * Plain gradient descent on one unit, w ← w − η ∂L/∂w with squared-error loss, from seeded random
 * weights. With the step as activation every gradient is zero: the updates are applied and add
 * nothing, so the loss stays flat. Any other catalog activation shows the same loop moving the unit.
 * Engine 'tfjs' differentiates with TensorFlow.js; 'lab' and 'auto' (the default) run on plain arrays
 * through the catalog's array kernels and need no tfjs (descent-unit-*.ts).
 */
import type { EngineChoice, Split } from '../types.ts';
import { createRng, deriveSeed, normaliseSeed } from '../rng.ts';
import { getActivation, type ActivationEntry } from '../activations/index.ts';
import { yieldToEventLoop } from '../train/yield.ts';
import type { UnitWeights } from './step-unit.ts';
import type { DescentUnit } from './descent-unit.ts';
import { tfjsDescentUnit } from './descent-unit-tfjs.ts';
import { arrayDescentUnit } from './descent-unit-arrays.ts';

export const DEFAULT_DESCENT_STEPS = 50;
export const MAX_DESCENT_STEPS = 10_000;
export const DEFAULT_DESCENT_LEARNING_RATE = 0.5;
/** Spread of the seeded starting weights (rounded to float32, so a change is measured exactly). */
const INITIAL_WEIGHT_STD = 1;
/** gradientDescentOnUnitInSlices: milliseconds of steps before it yields to the event loop. */
export const DEFAULT_DESCENT_SLICE_MS = 8;

export interface UnitDescentOptions {
  seed: number;
  /** Catalog id of the unit's activation: 'step' by default; another id shows the same loop moving a unit. */
  activationId?: string;
  learningRate?: number;
  steps?: number;
  /** 'tfjs': TensorFlow.js's autodiff (it must be loaded); 'lab' or 'auto' (default): plain arrays. */
  engine?: EngineChoice;
}

export interface SlicedDescentOptions extends UnitDescentOptions {
  /** Milliseconds of steps before yielding to the event loop (default DEFAULT_DESCENT_SLICE_MS). */
  sliceBudgetMs?: number;
}

export interface UnitDescentStep {
  step: number;
  /** Mean squared error of the unit's outputs before this update. */
  loss: number;
  /** ∂loss/∂w₁ … ∂loss/∂wₙ, then ∂loss/∂b, as the engine's backward pass computed them. */
  gradient: number[];
  /** Largest |change| of any weight or the bias made by this update. */
  change: number;
}

export interface UnitDescentResult {
  initial: UnitWeights;
  final: UnitWeights;
  history: UnitDescentStep[];
  /** Largest |gradient| component over the whole run. */
  largestGradient: number;
  /** Largest |final − initial| over the weights and the bias. */
  totalChange: number;
  /** What computed the gradients. */
  engine: 'lab' | 'tfjs';
}

/** One descent in progress: a tfjs unit's tensors live until dispose(). */
interface DescentRun {
  readonly steps: number;
  step(index: number): void;
  result(): UnitDescentResult;
  dispose(): void;
}

function startDescent(split: Split, options: UnitDescentOptions): DescentRun {
  const { seed, learningRate, steps, activation } = checkDescentInput(split, options);
  const inputSize = split.xs[0]!.length;
  const rng = createRng(deriveSeed(seed, 'step-descent'));
  const initial: UnitWeights = {
    weights: Array.from({ length: inputSize }, () => Math.fround(rng.normal(0, INITIAL_WEIGHT_STD))),
    bias: Math.fround(rng.normal(0, INITIAL_WEIGHT_STD)),
  };
  const engine = options.engine === 'tfjs' ? 'tfjs' : 'lab';
  const unit: DescentUnit = (engine === 'tfjs' ? tfjsDescentUnit : arrayDescentUnit)({ split, activation, learningRate, initial });
  const history: UnitDescentStep[] = [];
  return {
    steps,
    step(index) {
      const before = unit.values();
      const values = unit.step();
      const after = unit.values();
      history.push({ step: index, ...values, change: Math.max(...after.map((v, i) => Math.abs(v - before[i]!))) });
    },
    result() {
      const all = unit.values();
      const final: UnitWeights = { weights: all.slice(0, inputSize), bias: all[inputSize]! };
      const start = [...initial.weights, initial.bias];
      return {
        initial,
        final,
        history,
        largestGradient: Math.max(...history.flatMap((entry) => entry.gradient.map(Math.abs))),
        totalChange: Math.max(...all.map((v, i) => Math.abs(v - start[i]!))),
        engine,
      };
    },
    dispose: () => unit.dispose(),
  };
}

function checkDescentInput(split: Split, options: UnitDescentOptions): { seed: number; learningRate: number; steps: number; activation: ActivationEntry } {
  if (!split || !Array.isArray(split.xs) || split.xs.length === 0 || split.xs.length !== split.ys.length) {
    throw new Error('Gradient descent on one unit needs a non-empty split with one label per point.');
  }
  const inputSize = split.xs[0]!.length;
  if (inputSize < 1 || !split.xs.every((x) => x.length === inputSize && x.every(Number.isFinite)) || !split.ys.every(Number.isFinite)) {
    throw new Error('Gradient descent on one unit needs points of equal length made of finite numbers, and finite labels.');
  }
  if (options?.seed === undefined) throw new Error('Gradient descent on one unit needs a seed for its starting weights.');
  const learningRate = options.learningRate ?? DEFAULT_DESCENT_LEARNING_RATE;
  if (!Number.isFinite(learningRate) || learningRate <= 0) {
    throw new Error(`Gradient descent on one unit: learningRate must be a positive number, got ${String(options.learningRate)}.`);
  }
  const steps = options.steps ?? DEFAULT_DESCENT_STEPS;
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_DESCENT_STEPS) {
    throw new Error(`Gradient descent on one unit: steps must be an integer from 1 to ${MAX_DESCENT_STEPS}, got ${String(options.steps)}.`);
  }
  const activation = getActivation(options.activationId ?? 'step');
  if (activation.kind !== 'scalar') throw new Error(`Gradient descent on one unit needs an elementwise activation, not ${activation.name}.`);
  return { seed: normaliseSeed(options.seed), learningRate, steps, activation };
}

/**
 * Plain gradient descent, w ← w − η ∂L/∂w, on a single unit (a step unless told otherwise) with
 * squared-error loss, starting from seeded random weights. For a step unit the updates are really
 * applied; they just add zero.
 */
export function gradientDescentOnUnit(split: Split, options: UnitDescentOptions): UnitDescentResult {
  const run = startDescent(split, options);
  try {
    for (let index = 1; index <= run.steps; index++) run.step(index);
    return run.result();
  } finally {
    run.dispose();
  }
}

/**
 * The same descent, with the same result, run in time-budgeted slices: between slices it yields to
 * the event loop, so a page stays responsive while it runs.
 */
export async function gradientDescentOnUnitInSlices(split: Split, options: SlicedDescentOptions): Promise<UnitDescentResult> {
  const budget = options?.sliceBudgetMs ?? DEFAULT_DESCENT_SLICE_MS;
  if (!Number.isFinite(budget) || budget <= 0) {
    throw new Error(`Gradient descent on one unit: sliceBudgetMs must be a positive number of milliseconds, got ${String(options.sliceBudgetMs)}.`);
  }
  const run = startDescent(split, options);
  try {
    let sliceStart = performance.now();
    for (let index = 1; index <= run.steps; index++) {
      if (performance.now() - sliceStart >= budget) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
      run.step(index);
    }
    return run.result();
  } finally {
    run.dispose();
  }
}
