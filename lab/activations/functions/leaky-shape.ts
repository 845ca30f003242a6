import type { ActivationProperties } from '../types.ts';

/** Properties of max(x, αx)-style functions for a slope α in [0, 1] (shared by leaky ReLU and PReLU). */
export function leakyProperties(alpha: number): ActivationProperties {
  if (alpha === 1) {
    return {
      range: { lo: -Infinity, hi: Infinity, label: String.raw`(-\infty, \infty)` },
      monotonic: true, smooth: true, zeroCentred: true, saturating: 'none', cost: 'cheap', kinks: [],
    };
  }
  if (alpha === 0) {
    return {
      range: { lo: 0, hi: Infinity, label: String.raw`[0, \infty)` },
      monotonic: true, smooth: false, zeroCentred: false, saturating: 'left', cost: 'cheap', kinks: [0],
    };
  }
  return {
    range: { lo: -Infinity, hi: Infinity, label: String.raw`(-\infty, \infty)` },
    monotonic: true, smooth: false, zeroCentred: true, saturating: 'none', cost: 'cheap', kinks: [0],
  };
}

export function leakyValue(x: number, alpha: number): number {
  return x >= 0 ? x : alpha * x;
}

/** tfjs's LeakyRelu gradient uses α at x = 0, so this does too. */
export function leakyDerivative(x: number, alpha: number): number {
  return x > 0 ? 1 : alpha;
}
