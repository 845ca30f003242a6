/**
 * The array engine's kernel for a LearnedActivation layer: g(x) = Σ cₖ fₖ(x), each fₖ the catalog
 * entry's own array kernel, c from the raw weights through the layer's mode (coefficients.ts). The
 * backward pass gives the slope Σ cₖ fₖ′(x) for x, Σ g·fₖ(x) for each cₖ, and the raw weights'
 * gradient through the mode's map: itself (linear), minus the mean (affine), or the softmax's
 * Jacobian cᵢ(dcᵢ − Σ cⱼ dcⱼ) (convex). tests/unit/learned-engine.test.ts checks it against tfjs.
 */
import { getScalarActivation } from '../activations/catalog.ts';
import type { ArrayKernel, WeightedKernel } from '../activations/types.ts';
import { baseFunctionSpec, type BaseFunctionId } from './base-functions.ts';
import { coefficientsFromRaw, type CombinationMode } from './coefficients.ts';

/** The base's kernel, or undefined for the identity (its output is its input). */
function baseKernel(id: BaseFunctionId): ArrayKernel | undefined {
  if (id === 'identity') return undefined;
  const spec = baseFunctionSpec(id);
  const kernel = getScalarActivation(spec.catalogId).arrayKernel?.(spec.params);
  if (!kernel) throw new Error(`Learned activation: base function ${id} has no array kernel.`);
  return kernel;
}

function rawGradient(mode: CombinationMode, c: readonly number[], dc: Float64Array, draw: Float32Array): void {
  const k = c.length;
  if (mode === 'linear') {
    for (let i = 0; i < k; i++) draw[i] = dc[i]!;
    return;
  }
  if (mode === 'affine') {
    const mean = dc.reduce((sum, value) => sum + value, 0) / k;
    for (let i = 0; i < k; i++) draw[i] = dc[i]! - mean;
    return;
  }
  let weighted = 0;
  for (let i = 0; i < k; i++) weighted += c[i]! * dc[i]!;
  for (let i = 0; i < k; i++) draw[i] = c[i]! * (dc[i]! - weighted);
}

/** The kernel for one layer `units` wide. */
export function learnedMixKernel(bases: readonly BaseFunctionId[], mode: CombinationMode, units: number): WeightedKernel {
  const kernels = bases.map(baseKernel);
  const outputs: Float32Array[] = [];
  const slopes: Float32Array[] = [];
  const dc = new Float64Array(bases.length);
  let c: number[] = [];
  const reserve = (count: number): void => {
    if ((outputs[0]?.length ?? 0) >= count) return;
    outputs.length = 0;
    slopes.length = 0;
    for (let k = 0; k < bases.length; k++) {
      outputs.push(new Float32Array(count));
      slopes.push(new Float32Array(count));
    }
  };
  return {
    apply(z, a, rows, w) {
      const n = rows * units;
      reserve(n);
      c = coefficientsFromRaw(mode, Array.from(w)).map(Math.fround);
      kernels.forEach((kernel, k) => {
        if (kernel) kernel.apply(z, outputs[k]!, n);
        else outputs[k]!.set(z.subarray(0, n));
      });
      for (let i = 0; i < n; i++) {
        let sum = Math.fround(outputs[0]![i]! * c[0]!);
        for (let k = 1; k < bases.length; k++) sum = Math.fround(sum + Math.fround(outputs[k]![i]! * c[k]!));
        a[i] = sum;
      }
    },
    backprop(z, _a, g, rows, _w, dw) {
      const n = rows * units;
      dc.fill(0);
      for (let k = 0; k < bases.length; k++) {
        const f = outputs[k]!;
        const slope = slopes[k]!;
        let sum = 0;
        for (let i = 0; i < n; i++) {
          sum += g[i]! * f[i]!;
          slope[i] = Math.fround(g[i]! * c[k]!);
        }
        dc[k] = sum;
        kernels[k]?.backprop(z, f, slope, n);
      }
      for (let i = 0; i < n; i++) {
        let sum = slopes[0]![i]!;
        for (let k = 1; k < bases.length; k++) sum += slopes[k]![i]!;
        g[i] = sum;
      }
      rawGradient(mode, c, dc, dw);
    },
  };
}
