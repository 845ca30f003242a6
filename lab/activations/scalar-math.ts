/**
 * Scalar helpers for the catalog: double-precision forms for value() and derivative(), and the forms
 * tfjs itself computes (tfjsSigmoid, tfjsSoftplus, tfjsErf) for the array kernels and the array
 * engine's loss.
 */

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/** Below this |x| the power series for erf is used; above it the continued fraction for erfc. */
const ERF_SERIES_LIMIT = 2.5;
const SERIES_MAX_TERMS = 200;
const FRACTION_MAX_TERMS = 500;
const RELATIVE_TOLERANCE = 1e-17;
const TINY = 1e-300;
/** tfjs's softplus is exactly x above, and exp(x) below, log(float32 machine epsilon) + 2. */
const FLOAT32_EPSILON = 1.1920928955078125e-7;
const SOFTPLUS_THRESHOLD = Math.log(FLOAT32_EPSILON) + 2;

/** σ(x) as tfjs computes it: 1 / (1 + e^{−x}). */
export function tfjsSigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** ln(1 + eˣ) as tfjs computes it, with its thresholds. */
export function tfjsSoftplus(x: number): number {
  if (x < SOFTPLUS_THRESHOLD) return Math.exp(x);
  if (x > -SOFTPLUS_THRESHOLD) return x;
  return Math.log(Math.exp(x) + 1);
}

/** tfjs's erf: Abramowitz and Stegun's 7.1.26 (|error| < 1.5e-7), with the constants of tfjs-core's erf_util. */
const ERF_P = 0.3275911;
const ERF_A1 = 0.254829592;
const ERF_A2 = -0.284496736;
const ERF_A3 = 1.421413741;
const ERF_A4 = -1.453152027;
const ERF_A5 = 1.061405429;

/** erf(x) as tfjs's cpu kernel computes it (A&S 7.1.26); its gradient in tfjs is the exact (2/√π) e^{−x²}. */
export function tfjsErf(x: number): number {
  const v = Math.abs(x);
  const t = 1 / (1 + ERF_P * v);
  const value = 1 - ((((ERF_A5 * t + ERF_A4) * t + ERF_A3) * t + ERF_A2) * t + ERF_A1) * t * Math.exp(-v * v);
  return x < 0 ? -value : x > 0 ? value : x;
}

/** The logistic function σ(x), stable for large |x|. */
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** ln(1 + eˣ) without overflow. */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

export function sech2(x: number): number {
  const t = Math.tanh(x);
  return 1 - t * t;
}

/** erf(x) = (2/√π) e^{−x²} Σ 2ⁿ x^{2n+1} / (1·3·…·(2n+1)): all terms positive, so no cancellation. */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  for (let n = 1; n < SERIES_MAX_TERMS; n++) {
    term *= (2 * x * x) / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < RELATIVE_TOLERANCE * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
}

/** erfc(x) for x > 0 from its continued fraction (modified Lentz). */
function erfcFraction(x: number): number {
  // erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < FRACTION_MAX_TERMS; n++) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < TINY ? TINY : d;
    c = x + a / c;
    c = Math.abs(c) < TINY ? TINY : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < RELATIVE_TOLERANCE) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

export function erfc(x: number): number {
  if (x < ERF_SERIES_LIMIT) return 1 - erf(x);
  return erfcFraction(x);
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const magnitude = Math.abs(x);
  const value = magnitude < ERF_SERIES_LIMIT ? erfSeries(magnitude) : 1 - erfcFraction(magnitude);
  return x < 0 ? -value : value;
}

/** Φ(x), the standard normal CDF, accurate in both tails. */
export function normalCdf(x: number): number {
  return x < 0 ? 0.5 * erfc(-x / Math.SQRT2) : 1 - 0.5 * erfc(x / Math.SQRT2);
}

/** φ(x), the standard normal density. */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}
