/**
 * The β explorer's numbers, with no DOM and no tfjs: the slider's uneven scale, its charts of Swish-β
 * and ReLU from the catalog's value() and derivative(), and the figures and words the readout shows.
 */
import { getScalarActivation, SILU_MINIMUM, swishMinimum } from '../../../lab/index';
import { formatFixed } from '../../ui/text/number-format';
import { formatValue, refine, sampleCurve, type CurveSamples } from '../activation-explorer/explorer-curves';
import type { FunctionChart } from '../activation-explorer/function-chart';
import {
  BETA_MAX, BETA_MIN, COARSE_STEP, FINE_LIMIT, FINE_STEP, LABEL_WIDTH, NEAR_RELU_BETA, SAMPLE_COUNT, SLOPE_DOMAIN, VALUE_DOMAIN, X_RANGE,
} from './swish-beta-config';

const FINE_POSITIONS = Math.round(FINE_LIMIT / FINE_STEP);
export const SLIDER_POSITIONS = FINE_POSITIONS + Math.round((BETA_MAX - FINE_LIMIT) / COARSE_STEP);

/** SiLU's steepest slope lies between these x (its second derivative changes sign there). */
const STEEPEST_BRACKET: [number, number] = [1, 4];

const clean = (value: number) => Number(value.toFixed(10));
/** "−1.278": three decimals and a true minus sign. */
const threeDecimals = (value: number): string => formatFixed(value, 3);

/** β at a slider position (0 … SLIDER_POSITIONS). */
export function betaAtPosition(position: number): number {
  const p = Math.min(SLIDER_POSITIONS, Math.max(0, Math.round(position)));
  return p <= FINE_POSITIONS ? clean(p * FINE_STEP) : clean(FINE_LIMIT + (p - FINE_POSITIONS) * COARSE_STEP);
}

/** The slider position nearest to β. */
export function positionOfBeta(beta: number): number {
  const b = Math.min(BETA_MAX, Math.max(BETA_MIN, beta));
  return b <= FINE_LIMIT ? Math.round(b / FINE_STEP) : FINE_POSITIONS + Math.round((b - FINE_LIMIT) / COARSE_STEP);
}

const swish = getScalarActivation('swish');

export interface SwishFacts {
  beta: number;
  /** Null for β = 0, where x/2 has no minimum. */
  minimum: { x: number; value: number } | null;
  /** Largest |Swish − ReLU| over the real line; Infinity for β = 0. */
  largestGapToRelu: number;
  slopeAtZero: number;
  /** Steepest slope and where it occurs; for β = 0 the slope is 0.5 everywhere (x null). */
  steepest: { x: number | null; slope: number };
}

export function swishFacts(beta: number): SwishFacts {
  if (!Number.isFinite(beta) || beta < BETA_MIN || beta > BETA_MAX) throw new Error(`β must be a number from ${BETA_MIN} to ${BETA_MAX}, got ${beta}.`);
  const minimum = swishMinimum(beta);
  // SiLU's steepest slope, by golden-section search on the catalog's derivative.
  const silu = refine((x) => swish.derivative(x, { beta: 1 }), ...STEEPEST_BRACKET, 'max');
  return {
    beta,
    minimum,
    largestGapToRelu: beta > 0 ? -SILU_MINIMUM.value / beta : Infinity,
    slopeAtZero: swish.derivative(0, { beta }),
    steepest: beta > 0 ? { x: silu.x / beta, slope: silu.y } : { x: null, slope: 0.5 },
  };
}

export const formatBeta = (beta: number): string => formatValue(beta, 2);

/** The readout's terms and values. */
export function factLines(facts: SwishFacts, xRange: readonly [number, number]): { term: string; value: string }[] {
  const { minimum, beta } = facts;
  const outside = minimum !== null && (minimum.x < xRange[0] || minimum.x > xRange[1]);
  return [
    {
      term: 'Minimum of f',
      value: minimum === null
        ? 'none: x/2 keeps falling'
        : `f(${threeDecimals(minimum.x)}) = ${threeDecimals(minimum.value)}${outside ? ' (left of the plotted range)' : ''}`,
    },
    {
      term: 'Largest distance from ReLU',
      value: beta === 0 ? 'unbounded: |x|/2 grows without limit' : `${threeDecimals(facts.largestGapToRelu)} (0.278/β)`,
    },
    { term: 'Slope at x = 0', value: `${threeDecimals(facts.slopeAtZero)} for every β` },
    {
      term: 'Steepest slope',
      value: facts.steepest.x === null ? '0.500 everywhere' : `${threeDecimals(facts.steepest.slope)} at x = ${threeDecimals(facts.steepest.x)}`,
    },
  ];
}

/** Which of the chapter's landmarks β is at or near, in one sentence. */
export function regimeText(beta: number): string {
  const b = formatBeta(beta);
  if (beta === 0) return 'β = 0: the gate is stuck half open, so Swish is the straight line x/2, and a network of such units collapses to one linear map.';
  if (beta < 1) return `β = ${b}: between the line x/2 and SiLU. The gate opens slowly, so the dip is wide and deep (its depth is 0.278/β).`;
  if (beta === 1) return 'β = 1: SiLU, also called Swish-1, the member PyTorch and Keras provide. Its minimum is −0.278 at x = −1.278.';
  if (beta < NEAR_RELU_BETA) return `β = ${b}: a sharper gate than SiLU. Every feature of the curve is SiLU shrunk by β towards the origin, so the dip is ${threeDecimals(-SILU_MINIMUM.value / beta)} deep.`;
  return `β = ${b}: close to ReLU. Swish is never more than ${threeDecimals(-SILU_MINIMUM.value / beta)} away from it anywhere on the line, and the gap shrinks as 1/β.`;
}

/** One sentence per chart, the chart's text alternative. */
export function chartDescriptions(beta: number, xRange: readonly [number, number]): { value: string; slope: string } {
  const facts = swishFacts(beta);
  const b = formatBeta(beta);
  const [lo, hi] = xRange.map((x) => formatFixed(x, 0));
  const slopeAt = (x: number) => swish.derivative(x, { beta });
  const steepestOutside = facts.steepest.x !== null && (facts.steepest.x < xRange[0] || facts.steepest.x > xRange[1]);
  const minimum = facts.minimum === null
    ? 'it is the straight line x/2, with no minimum'
    : `its minimum is ${threeDecimals(facts.minimum.value)} at x = ${threeDecimals(facts.minimum.x)}`;
  return {
    value: `Swish with β = ${b} (solid line) and ReLU (dashed line) for x from ${lo} to ${hi}: ${minimum}; ReLU is 0 for negative x and x for positive x.`,
    slope: facts.steepest.x === null
      ? 'Their slopes: Swish with β = 0 has slope 0.5 everywhere; ReLU’s slope is 0 left of 0 and 1 right of it.'
      : `Their slopes: Swish with β = ${b} has slope ${threeDecimals(slopeAt(xRange[0]))} at x = ${lo}, 0.5 at x = 0 and ${threeDecimals(slopeAt(xRange[1]))} at x = ${hi}; ` +
        `its steepest slope is ${threeDecimals(facts.steepest.slope)} at x = ${threeDecimals(facts.steepest.x)}${steepestOutside ? ' (outside the plotted range)' : ''}. ReLU’s slope jumps from 0 to 1 at x = 0.`,
  };
}

/** f and f′ of Swish-β beside ReLU over X_RANGE on fixed axes, with Swish's minimum marked when it is in view. */
export function swishBetaCharts(beta: number, count = SAMPLE_COUNT): [FunctionChart, FunctionChart] {
  const swishSamples = sampleCurve({ id: 'swish', params: { beta } }, X_RANGE, count);
  const reluSamples = sampleCurve({ id: 'relu', params: {} }, X_RANGE, count);
  const curves = (pick: (samples: CurveSamples) => number[]) => [
    { label: 'Swish', xs: swishSamples.xs, ys: pick(swishSamples) },
    { label: 'ReLU', xs: reluSamples.xs, ys: pick(reluSamples) },
  ];
  const { minimum } = swishFacts(beta);
  const inView = minimum !== null && minimum.x >= X_RANGE[0] && minimum.x <= X_RANGE[1] && minimum.value >= VALUE_DOMAIN[0];
  const marker = inView ? [{ label: 'minimum', xs: [minimum.x], ys: [minimum.value] }] : [];
  const text = chartDescriptions(beta, X_RANGE);
  const common = { xDomain: X_RANGE, labelWidth: LABEL_WIDTH };
  return [
    { ...common, curves: [...curves((samples) => samples.values), ...marker], yDomain: VALUE_DOMAIN, yLabel: 'f(x)', caption: text.value },
    { ...common, curves: curves((samples) => samples.slopes), yDomain: SLOPE_DOMAIN, yLabel: 'f′(x)', caption: text.slope },
  ];
}
