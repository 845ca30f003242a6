/** Chapter 6: the β that gives Swish a chosen dip, and Swish's slope with respect to β. */
import { getScalarActivation, swishMinimum } from '../activations/index.ts';
import { callAnswer, readNumber, requireFunction, requireNumber } from './answer.ts';
import { isClose, type Tolerance } from './compare.ts';
import type { ExerciseChecker } from './exercise.ts';
import { formatValue } from './format.ts';
import { NotYet, passed } from './not-yet.ts';

const WANTED_DIP = -0.2;
const DIP_TOLERANCE = 1e-3;

export const swishDip: ExerciseChecker = {
  id: 'swish-dip',
  check(answer) {
    const beta = requireNumber(answer, 'betaForDip');
    const minimum = swishMinimum(beta);
    if (!minimum) throw new NotYet(`With β = ${formatValue(beta)} Swish is the straight line x/2 (or falls forever), so it has no dip at all. Try a positive β.`);
    if (Math.abs(minimum.value - WANTED_DIP) > DIP_TOLERANCE) {
      const direction = minimum.value < WANTED_DIP ? 'deeper than −0.2: a larger β makes the dip shallower' : 'shallower than −0.2: a smaller β makes the dip deeper';
      throw new NotYet(`With β = ${formatValue(beta)} Swish bottoms out at ${formatValue(minimum.value)} (at x = ${formatValue(minimum.x)}), ${direction}.`);
    }
    return passed(`with β = ${formatValue(beta)} Swish’s minimum is ${formatValue(minimum.value)}, at x = ${formatValue(minimum.x)}.`);
  },
};

const swish = getScalarActivation('swish');
const XS = [-3, -1.5, -0.5, 0.5, 2, 4] as const;
const BETAS = [0.5, 1, 2] as const;
const BETA_STEP = 1e-5;
const SLOPE_TOLERANCE: Tolerance = { absolute: 1e-6, relative: 1e-5 };

/** ∂f/∂β by a central difference of the catalog's Swish, in double precision. */
function betaSlope(x: number, beta: number): number {
  return (swish.value(x, { beta: beta + BETA_STEP }) - swish.value(x, { beta: beta - BETA_STEP })) / (2 * BETA_STEP);
}

export const swishBetaGradient: ExerciseChecker = {
  id: 'swish-beta-gradient',
  check(answer) {
    const slope = requireFunction(answer, 'dSwishDBeta', '(x, beta) that returns a number');
    for (const beta of BETAS) {
      for (const x of XS) {
        const args = `${formatValue(x)}, ${formatValue(beta)}`;
        const got = readNumber(callAnswer(slope, 'dSwishDBeta', [x, beta], args), `dSwishDBeta(${args})`);
        const expected = betaSlope(x, beta);
        if (!isClose(got, expected, SLOPE_TOLERANCE)) {
          const missingX = isClose(got * x, expected, SLOPE_TOLERANCE) ? ' Your value is off by a factor of x: β sits inside σ(βx), so the chain rule brings out x once more.' : '';
          throw new NotYet(`At x = ${formatValue(x)} with β = ${formatValue(beta)}, nudging β shows ∂f/∂β = ${formatValue(expected)}, but dSwishDBeta(${args}) returned ${formatValue(got)}.${missingX}`);
        }
      }
    }
    return passed(`dSwishDBeta matches a finite-difference slope in β at ${XS.length} inputs for β = ${BETAS.join(', ')}.`);
  },
};

export const SWISH_EXERCISES: readonly ExerciseChecker[] = [swishDip, swishBetaGradient];
