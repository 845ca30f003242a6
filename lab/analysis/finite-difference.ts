/**
 * Central finite differences, (f(x + h) − f(x − h)) / 2h, in double precision. The truncation error
 * grows like h² and the rounding error like ε/h, so the best step is about ∛ε, scaled with |x|.
 */
const CUBE_ROOT_EPSILON = Math.cbrt(Number.EPSILON);

/** The step that balances truncation and rounding error near x (about 6e-6 for |x| ≤ 1). */
export function centralDifferenceStep(x: number): number {
  return CUBE_ROOT_EPSILON * Math.max(1, Math.abs(x));
}

export function centralDifference(f: (x: number) => number, x: number, h = centralDifferenceStep(x)): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}
