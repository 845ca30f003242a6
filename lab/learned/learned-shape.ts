/** The learned function g(x) = Σ cᵢ fᵢ(x) as plain numbers, for plots and text (double precision, no tfjs). */
import { baseValue, type BaseFunctionId } from './base-functions.ts';

/** The chapter plots g on this interval. */
export const SHAPE_RANGE: readonly [number, number] = [-4, 4];
export const SHAPE_SAMPLES = 161;

export interface ShapePoint {
  x: number;
  y: number;
}

export function mixValue(bases: readonly BaseFunctionId[], coefficients: readonly number[], x: number): number {
  if (coefficients.length !== bases.length) {
    throw new Error(`mixValue: ${bases.length} base functions need ${bases.length} coefficients, got ${coefficients.length}.`);
  }
  return bases.reduce((sum, id, index) => sum + coefficients[index]! * baseValue(id, x), 0);
}

export function sampleMix(
  bases: readonly BaseFunctionId[],
  coefficients: readonly number[],
  [lo, hi]: readonly [number, number] = SHAPE_RANGE,
  count = SHAPE_SAMPLES,
): ShapePoint[] {
  if (!(hi > lo) || !Number.isInteger(count) || count < 2) throw new Error(`sampleMix: need lo < hi and at least 2 samples, got [${lo}, ${hi}] × ${count}.`);
  return Array.from({ length: count }, (_, i) => {
    const x = lo + ((hi - lo) * i) / (count - 1);
    return { x, y: mixValue(bases, coefficients, x) };
  });
}
