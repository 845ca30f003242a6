// Numbers in the chapters that follow from the activation catalog's formulas: each is read out of the
// MDX and compared with what lab/ computes, so an edit to either side that breaks the other fails here.
import { describe, expect, it } from 'vitest';
import {
  erf, GELU_MINIMUM, getScalarActivation, MISH_MINIMUM, normalCdf, SELU_ALPHA, SELU_LAMBDA, SILU_MINIMUM, TRUNCATED_AT_TWO_VARIANCE,
} from '../../lab/index.ts';
import { chapterSource, expectAbout, expectRounded, numberAfter, parseProseNumber } from './support/chapter-text.ts';

const f = (id: string) => getScalarActivation(id);

/** The largest value of f′ on a fine grid over [0, 6], and where it is. */
function steepest(id: string): { x: number; slope: number } {
  let best = { x: 0, slope: -Infinity };
  for (let x = 0; x <= 6; x += 1e-4) {
    const slope = f(id).derivative(x);
    if (slope > best.slope) best = { x, slope };
  }
  return best;
}

function largestGap(a: (x: number) => number, b: (x: number) => number, from: number, to: number): { x: number; gap: number } {
  let best = { x: from, gap: 0 };
  for (let x = from; x <= to; x += 1e-3) {
    const gap = Math.abs(a(x) - b(x));
    if (gap > best.gap) best = { x, gap };
  }
  return best;
}

describe('chapter 1: the worked example', () => {
  const source = chapterSource('01');
  const row = (name: string): number[] => {
    const line = source.split('\n').find((candidate) => candidate.startsWith(`| ${name} |`))!;
    return line.split('|').slice(3, 5).map((cell) => parseProseNumber(cell.replace(/\$/g, '').trim()));
  };

  it('quotes the sigmoid and tanh of z = 0.8 and z = −0.4 as the catalog computes them', () => {
    const [sigmoidAt08, sigmoidAtMinus04] = row('Sigmoid');
    expectRounded(sigmoidAt08!, f('sigmoid').value(0.8), 'σ(0.8)');
    expectRounded(sigmoidAtMinus04!, f('sigmoid').value(-0.4), 'σ(−0.4)');
    const [tanhAt08, tanhAtMinus04] = row('Tanh');
    expectRounded(tanhAt08!, f('tanh').value(0.8), 'tanh(0.8)');
    expectRounded(tanhAtMinus04!, f('tanh').value(-0.4), 'tanh(−0.4)');
    expectRounded(numberAfter(source, 'Both routes give $a \\approx'), f('sigmoid').value(0.8), 'both routes');
    expectRounded(numberAfter(source, '-0.3)`, which returns'), f('sigmoid').value(0.8), 'the exercise’s neuron');
  });
});

describe('chapter 2: distances from the origin', () => {
  const source = chapterSource('02');

  it('quotes |b|/‖w‖ for the rule x₁ + x₂ > 4 and for the exercise’s rule 2x₁ − x₂ > 3', () => {
    expectRounded(numberAfter(source, 'its boundary passes about'), 4 / Math.SQRT2, 'x₁ + x₂ = 4');
    expectRounded(numberAfter(source, 'The boundary sits $3/\\sqrt{5} \\approx'), 3 / Math.sqrt(5), '2x₁ − x₂ = 3');
  });

  it('quotes the least-squares slope through the origin for 40 noiseless points of y = 2x + 3 on [−1, 3]', () => {
    const xs = Array.from({ length: 40 }, (_, i) => -1 + (4 * i) / 39);
    const slope = xs.reduce((sum, x) => sum + x * (2 * x + 3), 0) / xs.reduce((sum, x) => sum + x * x, 0);
    expectRounded(numberAfter(source, 'the best slope comes out at about'), slope, 'slope through the origin');
  });
});

describe('chapter 4: the family', () => {
  const source = chapterSource('04');

  it('quotes the sigmoid and its slope where the text says', () => {
    expectRounded(numberAfter(source, '\\sigma(2) \\approx'), f('sigmoid').value(2), 'σ(2)');
    expectRounded(numberAfter(source, '\\sigma(-2) \\approx'), f('sigmoid').value(-2), 'σ(−2)');
    expectRounded(numberAfter(source, "\\sigma'(5) \\approx"), f('sigmoid').derivative(5), 'σ′(5)');
  });

  it('quotes the minima of Swish, GELU and Mish, and where they are', () => {
    expectRounded(numberAfter(source, 'dips to a minimum of about'), SILU_MINIMUM.value, 'Swish minimum');
    expectRounded(numberAfter(source, '−0.278 at $x \\approx'), SILU_MINIMUM.x, 'where Swish bottoms out');
    expectRounded(numberAfter(source, 'whose minimum is about'), GELU_MINIMUM.value, 'GELU minimum');
    expectRounded(numberAfter(source, '−0.170 at $x \\approx'), GELU_MINIMUM.x, 'where GELU bottoms out');
    expectRounded(numberAfter(source, 'with a deeper dip, about'), MISH_MINIMUM.value, 'Mish minimum');
    expectRounded(numberAfter(source, '−0.309 at $x \\approx'), MISH_MINIMUM.x, 'where Mish bottoms out');
  });

  it('quotes SELU’s constants and lowest output', () => {
    expectRounded(numberAfter(source, 'ELU scaled by $\\lambda \\approx'), SELU_LAMBDA, 'λ');
    expectRounded(numberAfter(source, 'with $\\alpha \\approx'), SELU_ALPHA, 'α');
    expectRounded(numberAfter(source, '-\\lambda\\alpha \\approx'), -SELU_LAMBDA * SELU_ALPHA, 'lowest SELU output');
  });

  it('quotes how closely the tanh form follows GELU', () => {
    const gelu = (x: number) => 0.5 * x * (1 + erf(x / Math.SQRT2));
    const { gap } = largestGap(gelu, (x) => f('gelu-tanh').value(x), -8, 8);
    expect(gap).toBeLessThan(numberAfter(source, 'stays within about'));
    expectAbout(numberAfter(source, 'stays within about'), gap, 0.5, 'GELU against its tanh form');
  });

  it('quotes tanh’s and softsign’s slopes at x = 5', () => {
    expectRounded(numberAfter(source, "at $x = 5$ tanh's slope is about"), f('tanh').derivative(5), 'tanh′(5)');
    expectRounded(numberAfter(source, "and softsign's still about"), f('softsign').derivative(5), 'softsign′(5)');
  });

  it('quotes the two hard sigmoids at x = 1', () => {
    expectRounded(numberAfter(source, 'hard-sigmoid row: it gives'), f('hard-sigmoid').value(1, { form: 1 }), 'TF.js form at 1');
    expectRounded(numberAfter(source, 'where Keras 3 and PyTorch would give'), f('hard-sigmoid').value(1, { form: 0 }), 'Keras 3 form at 1');
  });

  it('quotes the spread of the smooth functions in the Mish paper from its own numbers', () => {
    expectRounded(numberAfter(source, 'and 87.32%, within'), 87.48 - 87.32, 'Mish minus Swish-1');
  });
});

describe('chapter 5: slopes', () => {
  const source = chapterSource('05');

  it('quotes the ten-sigmoid bound and σ′(5)', () => {
    expectRounded(numberAfter(source, 'multiply to at most $(\\tfrac14)^{10} \\approx'), 0.25 ** 10, '(1/4)^10');
    expectRounded(numberAfter(source, "\\sigma'(5) \\approx"), f('sigmoid').derivative(5), 'σ′(5)');
  });

  it('quotes the largest slopes of Swish, GELU and Mish, and where they are, in the derivatives table', () => {
    for (const [name, id] of [['Swish', 'swish'], ['GELU', 'gelu'], ['Mish', 'mish']] as const) {
      const line = source.split('\n').find((candidate) => candidate.startsWith(`| ${name} |`))!;
      const cell = line.split('|').at(-2)!;
      const [slopeText, atText] = cell.match(/≈ ([\d.]+) at \$x \\approx ([\d.]+)\$/)!.slice(1);
      const { x, slope } = steepest(id);
      expectRounded(Number(slopeText), slope, `${name}'s largest slope`);
      expectRounded(Number(atText), x, `where ${name}'s slope peaks`);
    }
    expectRounded(numberAfter(source, '$\\lambda\\alpha \\approx'), SELU_LAMBDA * SELU_ALPHA, 'SELU’s slope just left of 0');
  });

  it('quotes the share of variance a normal truncated at 2σ keeps', () => {
    expectRounded(numberAfter(source, 'their weights start with about') / 100, Math.round(TRUNCATED_AT_TWO_VARIANCE * 100) / 100, 'truncated variance');
  });
});

describe('chapter 6: Swish', () => {
  const source = chapterSource('06');

  it('quotes Swish-1’s minimum, its location, and its largest slope', () => {
    expectRounded(numberAfter(source, 'x_{\\min} \\approx'), SILU_MINIMUM.x, 'x of the minimum');
    expectRounded(numberAfter(source, 'f(x_{\\min}) \\approx'), SILU_MINIMUM.value, 'the minimum');
    expectRounded(numberAfter(source, '(The constant'), -SILU_MINIMUM.value, 'W(1/e)');
    const { x, slope } = steepest('swish');
    expectRounded(numberAfter(source, 'peaking at about'), slope, 'largest slope');
    expectRounded(numberAfter(source, 'near $x \\approx'), x, 'where the slope peaks');
  });

  it('gives the β whose dip is −0.2', () => {
    expectRounded(numberAfter(source, 'gives $\\beta = 0.2785/0.2 \\approx'), SILU_MINIMUM.value / -0.2, 'β for a dip of −0.2');
  });
});

describe('chapter 9: defaults that differ', () => {
  const source = chapterSource('09');

  it('quotes the largest gap between the two hard sigmoids, and between the two GELUs', () => {
    const keras = (x: number) => f('hard-sigmoid').value(x, { form: 0 });
    const tfjs = (x: number) => f('hard-sigmoid').value(x, { form: 1 });
    const hard = largestGap(keras, tfjs, -5, 5);
    expectRounded(numberAfter(source, 'The two disagree by up to about'), hard.gap, 'hard-sigmoid gap');
    expectRounded(Math.abs(numberAfter(source, '0.083, at $x = \\pm')), Math.abs(hard.x), 'where the hard sigmoids differ most');
    const gelu = largestGap((x) => f('gelu').value(x), (x) => f('gelu-tanh').value(x), -8, 8);
    expect(gelu.gap).toBeLessThan(numberAfter(source, 'The two forms differ by less than'));
  });

  it('quotes the leaky slopes’ ratio and the truncated variance', () => {
    const [, factor] = source.match(/The slopes differ by a factor of up to (\w+),/)!;
    expect(factor, 'the largest default slope over the smallest, 0.3 / 0.01').toBe(['ten', 'twenty', 'thirty'][Math.round(0.3 / 0.01 / 10) - 1]);
    expectRounded(numberAfter(source, 'which gives about') / 100, Math.round(TRUNCATED_AT_TWO_VARIANCE * 100) / 100, 'truncated variance');
  });
});

describe('chapter 8: truncated normal initialisers', () => {
  const source = chapterSource('08');

  it('quotes the variance kept, the draws removed and how far below He a "He normal" layer starts', () => {
    expectRounded(numberAfter(source, 'the exact value is $1 - 4\\varphi(2)/\\bigl(2\\Phi(2) - 1\\bigr) \\approx'), TRUNCATED_AT_TWO_VARIANCE, 'kept variance');
    expectAbout(numberAfter(source, 'The sample gives about'), TRUNCATED_AT_TWO_VARIANCE, 0.002, 'sampled variance');
    const removed = 1 - (2 * normalCdf(2) - 1);
    expectRounded(numberAfter(source, 'falls by more than the') / 100, Math.round(removed * 1000) / 1000, 'share of draws removed');
    expectRounded(numberAfter(source, 'a "He normal" layer starts about') / 100, Math.round((1 - TRUNCATED_AT_TWO_VARIANCE) * 100) / 100, 'shortfall');
  });
});
