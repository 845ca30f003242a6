/** Chapter 8: the gradient that cross-entropy gives a sigmoid output, and what 2σ truncation keeps. */
import { logistic, normalCdf, normalPdf } from '../activations/index.ts';
import { callAnswer, readNumber, requireFunction, requireNumber } from './answer.ts';
import { isClose, type Tolerance } from './compare.ts';
import type { ExerciseChecker } from './exercise.ts';
import { formatValue } from './format.ts';
import { NotYet, passed } from './not-yet.ts';

const LOGITS = [-5, -1, 0, 0.5, 3] as const;
const LABELS = [0, 1] as const;
const LOGIT_STEP = 1e-5;
const SLOPE_TOLERANCE: Tolerance = { absolute: 1e-6, relative: 1e-5 };

/** Binary cross-entropy of σ(z) against y, written so it never takes the log of 0. */
function crossEntropy(z: number, y: number): number {
  return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}

export const crossEntropyGradient: ExerciseChecker = {
  id: 'cross-entropy-gradient',
  check(answer) {
    const gradient = requireFunction(answer, 'dLossDz', '(z, y) that returns a number');
    for (const y of LABELS) {
      for (const z of LOGITS) {
        const args = `${formatValue(z)}, ${y}`;
        const got = readNumber(callAnswer(gradient, 'dLossDz', [z, y], args), `dLossDz(${args})`);
        const expected = (crossEntropy(z + LOGIT_STEP, y) - crossEntropy(z - LOGIT_STEP, y)) / (2 * LOGIT_STEP);
        if (!isClose(got, expected, SLOPE_TOLERANCE)) {
          const a = logistic(z);
          const squared = isClose(got, 2 * (a - y) * a * (1 - a), SLOPE_TOLERANCE) ? ' That is the squared error’s gradient; with cross-entropy the sigmoid’s slope cancels out.' : '';
          throw new NotYet(`At z = ${formatValue(z)} with label ${y}, nudging z shows ∂L/∂z = ${formatValue(expected)}, but dLossDz(${args}) returned ${formatValue(got)}.${squared}`);
        }
      }
    }
    return passed(`dLossDz matches a finite-difference slope of the binary cross-entropy at ${LOGITS.length} logits for both labels.`);
  },
};

/** Var of a standard normal truncated at ±2 (no rescaling), relative to the untruncated variance 1. */
export const TRUNCATED_AT_TWO_VARIANCE = 1 - (4 * normalPdf(2)) / (2 * normalCdf(2) - 1);
/** Loose enough for an estimate from about 10⁵ samples. */
const VARIANCE_TOLERANCE = 0.01;
const MASS_WITHIN_TWO = 2 * normalCdf(2) - 1;

export const truncatedVariance: ExerciseChecker = {
  id: 'truncated-variance',
  check(answer) {
    const kept = requireNumber(answer, 'keptVariance');
    if (Math.abs(kept - TRUNCATED_AT_TWO_VARIANCE) > VARIANCE_TOLERANCE) {
      const isMass = Math.abs(kept - MASS_WITHIN_TWO) < VARIANCE_TOLERANCE ? ` ${formatValue(MASS_WITHIN_TWO)} is the share of draws that land within ±2σ; the variance of what is left is smaller still, because the draws cut away are the largest.` : '';
      throw new NotYet(`keptVariance is ${formatValue(kept)}, but a normal cut off at ±2σ keeps about ${formatValue(TRUNCATED_AT_TWO_VARIANCE)} of its variance.${isMass}`);
    }
    return passed(`a normal truncated at two standard deviations keeps ${formatValue(TRUNCATED_AT_TWO_VARIANCE)} of the nominal variance (yours: ${formatValue(kept)}), so heNormal and leCunNormal start about ${Math.round((1 - TRUNCATED_AT_TWO_VARIANCE) * 100)}% low.`);
  },
};

export const CHOOSING_EXERCISES: readonly ExerciseChecker[] = [crossEntropyGradient, truncatedVariance];
