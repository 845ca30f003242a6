/** Comparing an answer with the expected numbers, point by point, with a tolerance that suits both. */

export interface Tolerance {
  /** Allowed absolute difference. */
  absolute: number;
  /** Allowed difference relative to the expected value's size. */
  relative: number;
}

/** Float32 arithmetic in tfjs, compared with float64 references. */
export const FLOAT32_TOLERANCE: Tolerance = { absolute: 1e-4, relative: 1e-4 };
/** Plain JavaScript numbers on both sides. */
export const FLOAT64_TOLERANCE: Tolerance = { absolute: 1e-9, relative: 1e-7 };

export function isClose(got: number, expected: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(got)) return false;
  return Math.abs(got - expected) <= tolerance.absolute + tolerance.relative * Math.abs(expected);
}

export interface Mismatch {
  index: number;
  expected: number;
  got: number;
}

/** The first position where `got` strays from `expected`, or undefined when all agree. */
export function firstMismatch(got: readonly number[], expected: readonly number[], tolerance: Tolerance): Mismatch | undefined {
  const index = expected.findIndex((value, i) => !isClose(got[i]!, value, tolerance));
  return index < 0 ? undefined : { index, expected: expected[index]!, got: got[index]! };
}

/** `count` evenly spaced points from `from` to `to`, rounded to 10 decimals so they print cleanly. */
export function evenlySpaced(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Number((from + ((to - from) * i) / (count - 1)).toFixed(10)));
}
