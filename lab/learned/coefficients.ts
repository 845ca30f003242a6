/**
 * How a learned activation turns its free parameters into mixing coefficients c, in three modes:
 * linear   c = raw                       (any real values)
 * affine   c = raw + (1 − Σ raw) / K     (a projection onto Σ c = 1 inside the forward pass)
 * convex   c = softmax(raw)              (c ≥ 0 and Σ c = 1 for every raw)
 * The projection and the softmax are part of the computation, so gradients see the constraint and
 * no step can leave it. Every mode starts from the equal mix c = 1/K.
 */
import { tf } from '../tfjs.ts';

export const COMBINATION_MODES = ['linear', 'affine', 'convex'] as const;
export type CombinationMode = (typeof COMBINATION_MODES)[number];

export const DEFAULT_COMBINATION_MODE: CombinationMode = 'convex';

export function isCombinationMode(mode: unknown): mode is CombinationMode {
  return typeof mode === 'string' && (COMBINATION_MODES as readonly string[]).includes(mode);
}

export function checkCombinationMode(mode: unknown): CombinationMode {
  if (!isCombinationMode(mode)) {
    throw new Error(`Learned activation: mode must be one of ${COMBINATION_MODES.join(', ')}, got ${String(mode)}.`);
  }
  return mode;
}

/** Starting raw parameters that give c = 1/K in every mode (softmax of equal logits is uniform). */
export function initialRaw(mode: CombinationMode, count: number): number[] {
  return Array.from({ length: count }, () => (mode === 'convex' ? 0 : 1 / count));
}

/** The coefficients as a differentiable tensor of shape [K]; call inside tf.tidy. */
export function coefficientsTensor(mode: CombinationMode, raw: tf.Tensor1D): tf.Tensor1D {
  switch (mode) {
    case 'linear':
      return raw;
    case 'affine': {
      const correction = tf.div(tf.sub(1, tf.sum(raw)), raw.shape[0]);
      return tf.add(raw, correction);
    }
    case 'convex':
      return tf.softmax(raw);
  }
}

/** The same map in double precision, for plain numbers (tests, readouts). */
export function coefficientsFromRaw(mode: CombinationMode, raw: readonly number[]): number[] {
  switch (mode) {
    case 'linear':
      return raw.slice();
    case 'affine': {
      const correction = (1 - raw.reduce((sum, value) => sum + value, 0)) / raw.length;
      return raw.map((value) => value + correction);
    }
    case 'convex': {
      const top = Math.max(...raw);
      const exps = raw.map((value) => Math.exp(value - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      return exps.map((value) => value / total);
    }
  }
}
