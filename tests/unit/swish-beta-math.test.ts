import { describe, expect, it } from 'vitest';
import { getScalarActivation } from '../../lab/activations/index.ts';
import {
  betaAtPosition, chartDescriptions, factLines, positionOfBeta, regimeText, SLIDER_POSITIONS, swishFacts,
} from '../../components/widgets/swish-beta/swish-beta-math.ts';

const swish = getScalarActivation('swish');

describe('the β slider scale', () => {
  it('steps by 0.01 up to 2 and by 0.1 from there to 10', () => {
    expect(betaAtPosition(0)).toBe(0);
    expect(betaAtPosition(1)).toBe(0.01);
    expect(betaAtPosition(100)).toBe(1);
    expect(betaAtPosition(200)).toBe(2);
    expect(betaAtPosition(201)).toBe(2.1);
    expect(betaAtPosition(SLIDER_POSITIONS)).toBe(10);
    expect(SLIDER_POSITIONS).toBe(280);
  });

  it('round-trips every position and clamps what lies outside', () => {
    for (let position = 0; position <= SLIDER_POSITIONS; position++) expect(positionOfBeta(betaAtPosition(position))).toBe(position);
    expect(betaAtPosition(-5)).toBe(0);
    expect(betaAtPosition(10_000)).toBe(10);
    expect(positionOfBeta(3.14)).toBe(positionOfBeta(3.1));
  });
});

describe('swishFacts', () => {
  it('puts the minimum at −1.278/β with value −0.278/β, where the slope is zero', () => {
    for (const beta of [0.5, 1, 2.5, 10]) {
      const { minimum } = swishFacts(beta);
      expect(minimum!.x * beta).toBeCloseTo(-1.2785, 4);
      expect(minimum!.value * beta).toBeCloseTo(-0.2785, 4);
      expect(swish.value(minimum!.x, { beta })).toBeCloseTo(minimum!.value, 10);
      expect(swish.derivative(minimum!.x, { beta })).toBeCloseTo(0, 8);
    }
  });

  it('finds the steepest slope 1.0998 at x = 2.3994/β, the same height for every β > 0', () => {
    for (const beta of [0.3, 1, 7]) {
      const { steepest } = swishFacts(beta);
      expect(steepest.slope).toBeCloseTo(1.0998, 4);
      expect(steepest.x! * beta).toBeCloseTo(2.3994, 3);
      for (const dx of [-0.05, 0.05]) expect(swish.derivative(steepest.x! + dx / beta, { beta })).toBeLessThan(steepest.slope);
    }
  });

  it('measures the largest gap to ReLU as the depth of the dip, 0.278/β', () => {
    const beta = 2;
    const { largestGapToRelu } = swishFacts(beta);
    const xs = Array.from({ length: 4001 }, (_, i) => -10 + i * 0.005);
    const sampled = Math.max(...xs.map((x) => Math.abs(swish.value(x, { beta }) - Math.max(0, x))));
    expect(largestGapToRelu).toBeCloseTo(sampled, 5);
  });

  it('describes β = 0 as the line x/2: no minimum, unbounded gap, slope 0.5 everywhere', () => {
    const facts = swishFacts(0);
    expect(facts).toMatchObject({ minimum: null, largestGapToRelu: Infinity, slopeAtZero: 0.5, steepest: { x: null, slope: 0.5 } });
    expect(factLines(facts, [-5, 5]).map((line) => line.value)).toEqual([
      'none: x/2 keeps falling', 'unbounded: |x|/2 grows without limit', '0.500 for every β', '0.500 everywhere',
    ]);
  });

  it('refuses β outside 0 to 10', () => {
    expect(() => swishFacts(-1)).toThrow(/from 0 to 10/);
    expect(() => swishFacts(Number.NaN)).toThrow(/from 0 to 10/);
  });
});

describe('the readout words', () => {
  it('says when the minimum lies left of the plotted range', () => {
    expect(factLines(swishFacts(0.1), [-5, 5])[0]!.value).toBe('f(−12.785) = −2.785 (left of the plotted range)');
    expect(factLines(swishFacts(1), [-5, 5])[0]!.value).toBe('f(−1.278) = −0.278');
  });

  it('names the landmark regimes', () => {
    expect(regimeText(0)).toMatch(/straight line x\/2/);
    expect(regimeText(0.5)).toMatch(/between the line x\/2 and SiLU/);
    expect(regimeText(1)).toMatch(/SiLU/);
    expect(regimeText(2)).toMatch(/sharper gate than SiLU.*0\.139 deep/);
    expect(regimeText(10)).toMatch(/close to ReLU.*0\.028/);
  });

  it('gives each chart a text alternative with its numbers', () => {
    const { value, slope } = chartDescriptions(1, [-5, 5]);
    expect(value).toMatch(/minimum is −0\.278 at x = −1\.278/);
    expect(slope).toMatch(/steepest slope is 1\.100 at x = 2\.399/);
    expect(chartDescriptions(0.2, [-5, 5]).slope).toMatch(/outside the plotted range/);
  });
});
