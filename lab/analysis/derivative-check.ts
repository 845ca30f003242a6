/**
 * Three independent derivatives of a catalog function, side by side: the analytic formula
 * (entry.derivative), automatic differentiation (tf.grad of the tfjs implementation, float32) and a
 * central finite difference of entry.value (float64). The largest disagreements are measured away
 * from kinks, where f′ is undefined and a finite difference straddling the corner means nothing.
 */
import { tf } from '../tfjs.ts';
import type { ActivationChoice } from '../types.ts';
import { getScalarActivation, requireValidParams } from '../activations/index.ts';
import { centralDifference } from './finite-difference.ts';
import { linearGrid } from './sample-grid.ts';

export const DERIVATIVE_RANGE = { min: -8, max: 8 } as const;
export const DERIVATIVE_POINTS = 321;
/** Samples this close to a kink are left out of the error figures. */
export const KINK_MARGIN = 1e-3;

export interface DerivativeCheckOptions {
  xMin?: number;
  xMax?: number;
  points?: number;
  /** Extra places to check besides the grid, e.g. seeded random points. */
  extraPoints?: readonly number[];
}

export interface DerivativeSample {
  x: number;
  analytic: number;
  automatic: number;
  numerical: number;
  /** Within KINK_MARGIN of a kink: shown, but not counted in the error figures. */
  nearKink: boolean;
}

export interface ErrorPeak {
  /** Largest absolute difference from the analytic derivative; 0 when every sample is excluded. */
  error: number;
  /** Where it occurs (NaN when no sample counted). */
  at: number;
}

export interface DerivativeCheck {
  id: string;
  name: string;
  params: Record<string, number>;
  samples: DerivativeSample[];
  /** Kinks of f inside the sampled range. */
  kinks: number[];
  automatic: ErrorPeak;
  numerical: ErrorPeak;
  /** Samples left out of the error figures because they sit on a kink. */
  excluded: number;
}

function automaticDerivatives(apply: (x: tf.Tensor) => tf.Tensor, xs: readonly number[]): Float32Array {
  const gradient = tf.tidy(() => tf.grad((x: tf.Tensor) => apply(x))(tf.tensor1d(xs as number[])));
  const values = gradient.dataSync() as Float32Array;
  gradient.dispose();
  return values;
}

function peak(samples: readonly DerivativeSample[], estimate: (sample: DerivativeSample) => number): ErrorPeak {
  let worst: ErrorPeak = { error: 0, at: NaN };
  for (const sample of samples) {
    if (sample.nearKink) continue;
    const error = Math.abs(estimate(sample) - sample.analytic);
    if (!(error <= worst.error)) worst = { error, at: sample.x };
  }
  return worst;
}

export function checkDerivatives(choice: ActivationChoice, options: DerivativeCheckOptions = {}): DerivativeCheck {
  const entry = getScalarActivation(choice.id);
  const params = requireValidParams(choice);
  const grid = linearGrid(options.xMin ?? DERIVATIVE_RANGE.min, options.xMax ?? DERIVATIVE_RANGE.max, options.points ?? DERIVATIVE_POINTS);
  const extra = options.extraPoints ?? [];
  if (!extra.every(Number.isFinite)) throw new Error('Derivative check: every extra point must be a finite number.');
  const xs = [...grid, ...extra].sort((a, b) => a - b);
  const [lo, hi] = [xs[0]!, xs[xs.length - 1]!];
  const kinks = entry.properties(params).kinks.filter((kink) => kink >= lo - KINK_MARGIN && kink <= hi + KINK_MARGIN);
  const automatic = automaticDerivatives((x) => entry.apply(x, params), xs);
  const value = (x: number) => entry.value(x, params);
  const samples = xs.map((x, i): DerivativeSample => ({
    x,
    analytic: entry.derivative(x, params),
    automatic: automatic[i] ?? NaN,
    numerical: centralDifference(value, x),
    nearKink: kinks.some((kink) => Math.abs(x - kink) <= KINK_MARGIN),
  }));
  return {
    id: entry.id,
    name: entry.name,
    params,
    samples,
    kinks,
    automatic: peak(samples, (sample) => sample.automatic),
    numerical: peak(samples, (sample) => sample.numerical),
    excluded: samples.filter((sample) => sample.nearKink).length,
  };
}

/** The larger of the two disagreements: the figure the derivative lab reports. */
export function worstDerivativeError(check: DerivativeCheck): number {
  return Math.max(check.automatic.error, check.numerical.error);
}
