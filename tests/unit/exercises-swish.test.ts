import { beforeAll, describe, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { SILU_MINIMUM } from '../../lab/index.ts';
import { expectRefused, expectSolved } from './support/exercise-expectations.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('swish-dip', () => {
  it('accepts β = 0.2785 / 0.2, computed or found by search to three decimals', async () => {
    await expectSolved('swish-dip', SILU_MINIMUM.value / -0.2);
    await expectSolved('swish-dip', 1.392);
  });

  it('refuses β = 1, β = 0 and a β that overshoots', async () => {
    await expectRefused('swish-dip', 1, /With β = 1 Swish bottoms out at -0\.2785 \(at x = -1\.278\), deeper than −0\.2: a larger β makes the dip shallower/);
    await expectRefused('swish-dip', 0, /has no dip at all/);
    await expectRefused('swish-dip', 2, /bottoms out at -0\.1392.*shallower than −0\.2: a smaller β makes the dip deeper/);
  });
});

describe('swish-beta-gradient', () => {
  const sigmoid = (u: number): number => 1 / (1 + Math.exp(-u));

  it('accepts x²·σ(βx)·(1 − σ(βx))', async () => {
    await expectSolved('swish-beta-gradient', (x: number, beta: number) => x * x * sigmoid(beta * x) * (1 - sigmoid(beta * x)));
  });

  it('refuses the slope in x instead of β, and one factor of x too few', async () => {
    await expectRefused('swish-beta-gradient', (x: number, beta: number) => x * sigmoid(beta * x) * (1 - sigmoid(beta * x)), /off by a factor of x/);
    await expectRefused('swish-beta-gradient', (x: number, beta: number) => {
      const f = x * sigmoid(beta * x);
      return beta * f + sigmoid(beta * x) * (1 - beta * f);
    }, /^At x = -3 with β = 0\.5, nudging β shows ∂f\/∂β = [\d.]+, but dSwishDBeta\(-3, 0\.5\) returned -?[\d.]+\.$/);
  });
});
