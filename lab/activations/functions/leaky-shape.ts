import type { ActivationProperties, ArrayKernel, WeightedKernel } from '../types.ts';

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

/** tf.leakyRelu(x, α): αx below zero; its gradient is α wherever x ≤ 0 (tfjs masks on x > 0). */
export function leakyKernel(alpha: number): ArrayKernel {
  return {
    apply: (z, a, count) => {
      for (let i = 0; i < count; i++) a[i] = z[i]! < 0 ? alpha * z[i]! : z[i]!;
    },
    backprop: (z, _a, g, count) => {
      for (let i = 0; i < count; i++) if (!(z[i]! > 0)) g[i]! *= alpha;
    },
  };
}

/**
 * tf.prelu(x, a) with one slope per unit, as tf.layers.prelu keeps them: a_j·x below zero. Where
 * x ≤ 0 the gradient is a_j for x and x for a_j, summed over the rows (tfjs's Prelu gradient).
 */
export function perUnitLeakyKernel(units: number): WeightedKernel {
  const sums = new Float64Array(units);
  return {
    apply(z, a, rows, w) {
      for (let r = 0, i = 0; r < rows; r++) {
        for (let j = 0; j < units; j++, i++) a[i] = z[i]! < 0 ? w[j]! * z[i]! : z[i]!;
      }
    },
    backprop(z, _a, g, rows, w, dw) {
      sums.fill(0);
      for (let r = 0, i = 0; r < rows; r++) {
        for (let j = 0; j < units; j++, i++) {
          if (z[i]! > 0) continue;
          sums[j]! += g[i]! * z[i]!;
          g[i]! *= w[j]!;
        }
      }
      dw.set(sums);
    },
  };
}
