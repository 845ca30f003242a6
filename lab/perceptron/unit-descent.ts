/**
 * Plain gradient descent on one unit, w ← w − η ∂L/∂w with squared-error loss, from seeded random
 * weights. With the step as activation every gradient is zero: the updates are applied and add
 * nothing, so the loss stays flat. Any other catalog activation shows the same loop moving the unit.
 */
import { tf } from '../tfjs.ts';
import type { Split } from '../types.ts';
import { createRng, deriveSeed, normaliseSeed } from '../rng.ts';
import { getActivation, type ActivationEntry } from '../activations/index.ts';
import { yieldToEventLoop } from '../train/yield.ts';
import type { UnitWeights } from './step-unit.ts';

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
}

export interface SlicedDescentOptions extends UnitDescentOptions {
  /** Milliseconds of steps before yielding to the event loop (default DEFAULT_DESCENT_SLICE_MS). */
  sliceBudgetMs?: number;
}

export interface UnitDescentStep {
  step: number;
  /** Mean squared error of the unit's outputs before this update. */
  loss: number;
  /** ∂loss/∂w₁ … ∂loss/∂wₙ, then ∂loss/∂b, as automatic differentiation computed them. */
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
}

/** A variable holding the tensor's values; the tensor itself is disposed (tf.variable copies it). */
function variableFrom(tensor: tf.Tensor): tf.Variable {
  const variable = tf.variable(tensor);
  tensor.dispose();
  return variable;
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

/** One descent in progress: its tensors live until dispose(). */
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
  const xs = tf.tensor2d(split.xs, [split.xs.length, inputSize]);
  const ys = tf.tensor1d(split.ys);
  const w = variableFrom(tf.tensor1d(initial.weights));
  const b = variableFrom(tf.scalar(initial.bias));
  const history: UnitDescentStep[] = [];
  const loss = (): tf.Scalar => {
    const z = tf.add(tf.reshape(tf.matMul(xs, tf.reshape(w, [inputSize, 1])), [-1]), b);
    return tf.mean(tf.squaredDifference(activation.apply(z), ys)) as tf.Scalar;
  };
  return {
    steps,
    step(index) {
      const before = [...w.dataSync(), ...b.dataSync()];
      const values = tf.tidy(() => {
        const { value, grads } = tf.variableGrads(loss, [w, b]);
        const gw = grads[w.name]!;
        const gb = grads[b.name]!;
        w.assign(tf.sub(w, tf.mul(gw, learningRate)));
        b.assign(tf.sub(b, tf.mul(gb, learningRate)));
        return { loss: value.dataSync()[0]!, gradient: [...gw.dataSync(), ...gb.dataSync()] };
      });
      const after = [...w.dataSync(), ...b.dataSync()];
      history.push({ step: index, ...values, change: Math.max(...after.map((v, i) => Math.abs(v - before[i]!))) });
    },
    result() {
      const final: UnitWeights = { weights: Array.from(w.dataSync()), bias: b.dataSync()[0]! };
      const all = [...final.weights, final.bias];
      const start = [...initial.weights, initial.bias];
      return {
        initial,
        final,
        history,
        largestGradient: Math.max(...history.flatMap((entry) => entry.gradient.map(Math.abs))),
        totalChange: Math.max(...all.map((v, i) => Math.abs(v - start[i]!))),
      };
    },
    dispose() {
      tf.dispose([xs, ys, w, b]);
    },
  };
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
