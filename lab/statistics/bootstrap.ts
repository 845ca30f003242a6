/**
 * A bootstrap confidence interval for a mean, studentized ("bootstrap-t"): resample the values
 * with replacement (the lab's seeded RNG, so the same seed gives the same interval everywhere),
 * and for each resample record t* = (resample mean − mean) / (resample standard error). The
 * interval is mean − q(1 − α/2) · se … mean − q(α/2) · se, with q the quantiles of t* (d3-array's
 * quantileSorted: R's and NumPy's default "type 7").
 *
 * Why not the plain percentile interval: with the handful of seeds an experiment has, it is too
 * narrow. Measured with 2,000 simulated experiments per n, normal differences and no true
 * difference, the percentile interval excluded 0 in 15 % of them at 6 seeds and 10 % at 10;
 * the studentized one in 6 % and 4 % (5 % is the promise of a 95 % interval).
 */
import { quantileSorted } from 'd3-array';
import { createRng } from '../rng.ts';

export const DEFAULT_RESAMPLES = 10_000;
export const DEFAULT_LEVEL = 0.95;
const RESAMPLE_RANGE = { min: 100, max: 1_000_000 } as const;

export interface BootstrapOptions {
  /** Seeds the resampling. */
  seed: number;
  /** Number of resamples (default 10,000). */
  resamples?: number;
  /** Confidence level, between 0 and 1 (default 0.95). */
  level?: number;
}

export interface Interval {
  low: number;
  high: number;
  level: number;
}

export function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Standard error of the mean: sample standard deviation (n − 1) over √n. */
function standardError(values: ArrayLike<number>, mean: number): number {
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i]! - mean) ** 2;
  return Math.sqrt(squares / (values.length - 1) / values.length);
}

function checkOptions(resamples: number, level: number): void {
  if (!Number.isInteger(resamples) || resamples < RESAMPLE_RANGE.min || resamples > RESAMPLE_RANGE.max) {
    throw new Error(`Bootstrap: resamples must be a whole number from ${RESAMPLE_RANGE.min} to ${RESAMPLE_RANGE.max}, got ${String(resamples)}.`);
  }
  if (!(level > 0 && level < 1)) throw new Error(`Bootstrap: the confidence level must lie between 0 and 1, got ${String(level)}.`);
}

/**
 * t* of one resample. A resample of one repeated value has no spread: its t* is 0 when it sits on
 * the mean and otherwise as far out as a number goes (such a resample says nothing about spread,
 * so it may only widen the interval).
 */
function studentized(resample: Float64Array, mean: number): number {
  const resampleMean = meanOf(resample);
  const se = standardError(resample, resampleMean);
  if (se > 0) return (resampleMean - mean) / se;
  return resampleMean === mean ? 0 : Math.sign(resampleMean - mean) * Number.MAX_VALUE;
}

/** The interval for the mean of values (at least two finite numbers). */
export function bootstrapMeanInterval(values: readonly number[], options: BootstrapOptions): Interval {
  const { resamples = DEFAULT_RESAMPLES, level = DEFAULT_LEVEL } = options;
  checkOptions(resamples, level);
  if (values.length < 2 || !values.every(Number.isFinite)) {
    throw new Error(`Bootstrap: needs at least two finite values, got ${values.length === 0 ? 'none' : values.join(', ')}.`);
  }
  const n = values.length;
  const mean = meanOf(values);
  const se = standardError(values, mean);
  if (se === 0) return { low: mean, high: mean, level };
  const rng = createRng(options.seed);
  const resample = new Float64Array(n);
  const ts = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let k = 0; k < n; k++) resample[k] = values[rng.integer(0, n)]!;
    ts[r] = studentized(resample, mean);
  }
  const sorted = Array.from(ts.sort());
  const tail = (1 - level) / 2;
  return { low: mean - quantileSorted(sorted, 1 - tail)! * se, high: mean - quantileSorted(sorted, tail)! * se, level };
}
