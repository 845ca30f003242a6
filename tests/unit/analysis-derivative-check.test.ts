import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listActivations } from '../../lab/activations/index.ts';
import {
  centralDifference, centralDifferenceStep, checkDerivatives, KINK_MARGIN, linearGrid, randomPoints, worstDerivativeError,
} from '../../lab/analysis/index.ts';

/** The derivative lab's data-target. */
const TARGET_ERROR = 1e-4;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('centralDifference', () => {
  it('differentiates sin to within 1e-8 with its default step', () => {
    for (const x of [-3, -0.5, 0, 1, 2.5, 40]) expect(Math.abs(centralDifference(Math.sin, x) - Math.cos(x))).toBeLessThan(1e-8);
  });

  it('has an error that shrinks like h² until rounding takes over', () => {
    const error = (h: number) => Math.abs(centralDifference(Math.exp, 1, h) - Math.E);
    expect(error(1e-2) / error(1e-3)).toBeGreaterThan(90);
    expect(error(1e-2) / error(1e-3)).toBeLessThan(110);
    expect(error(1e-12)).toBeGreaterThan(error(centralDifferenceStep(1)));
  });

  it('scales its step with |x|', () => {
    expect(centralDifferenceStep(1000)).toBeCloseTo(1000 * centralDifferenceStep(1), 15);
    expect(centralDifferenceStep(0)).toBe(centralDifferenceStep(1));
  });
});

describe('linearGrid', () => {
  it('spans min to max evenly and refuses bad input', () => {
    expect(linearGrid(-1, 1, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(() => linearGrid(1, 1, 5)).toThrow(/min < max/);
    expect(() => linearGrid(0, 1, 1)).toThrow(/at least 2/);
  });
});

describe('randomPoints', () => {
  it('draws the same sorted points for a seed, different ones for another, inside the range', () => {
    const points = randomPoints(3, 50, -8, 8);
    expect(randomPoints(3, 50, -8, 8)).toEqual(points);
    expect(randomPoints(4, 50, -8, 8)).not.toEqual(points);
    expect(points.every((x) => x >= -8 && x < 8)).toBe(true);
    expect(points).toEqual([...points].sort((a, b) => a - b));
    expect(() => randomPoints(1, -1, 0, 1)).toThrow(/whole number/);
  });
});

describe('checkDerivatives', () => {
  const scalarEntries = listActivations().filter((entry) => entry.kind === 'scalar');

  it.each(scalarEntries.map((entry) => entry.id))('%s: analytic, automatic and numerical derivatives agree within 1e-4 away from kinks', (id) => {
    const before = tf.memory().numTensors;
    const check = checkDerivatives({ id });
    expect(tf.memory().numTensors).toBe(before);
    expect(check.samples).toHaveLength(321);
    expect(check.automatic.error).toBeLessThanOrEqual(TARGET_ERROR);
    expect(check.numerical.error).toBeLessThanOrEqual(TARGET_ERROR);
    expect(worstDerivativeError(check)).toBe(Math.max(check.automatic.error, check.numerical.error));
  });

  it('leaves exactly the samples on a kink out of the error figures', () => {
    const relu = checkDerivatives({ id: 'relu' });
    expect(relu.kinks).toEqual([0]);
    expect(relu.excluded).toBe(1);
    const atKink = relu.samples.find((sample) => sample.nearKink)!;
    expect(Math.abs(atKink.x)).toBeLessThanOrEqual(KINK_MARGIN);
    // The central difference straddles the corner and reports the average slope, ½.
    expect(atKink.numerical).toBeCloseTo(0.5, 6);
    expect(atKink.analytic).toBe(0);
    expect(checkDerivatives({ id: 'relu6' }).excluded).toBe(2);
    expect(checkDerivatives({ id: 'sigmoid' }).excluded).toBe(0);
  });

  it('would report a large error if the kinks were counted (the exclusion matters)', () => {
    const step = checkDerivatives({ id: 'step' });
    const onKink = step.samples.filter((sample) => sample.nearKink);
    expect(onKink.length).toBe(1);
    expect(Math.abs(onKink[0]!.numerical - onKink[0]!.analytic)).toBeGreaterThan(1000);
    expect(step.numerical.error).toBe(0);
  });

  it('checks extra points between the grid points, in order', () => {
    const extraPoints = randomPoints(7, 100, -8, 8);
    const check = checkDerivatives({ id: 'mish' }, { extraPoints });
    expect(check.samples).toHaveLength(421);
    expect(check.samples.map((sample) => sample.x)).toEqual([...check.samples.map((sample) => sample.x)].sort((a, b) => a - b));
    expect(check.automatic.error).toBeLessThanOrEqual(TARGET_ERROR);
    expect(() => checkDerivatives({ id: 'mish' }, { extraPoints: [NaN] })).toThrow(/finite/);
  });

  it('uses the parameters it is given', () => {
    const leaky = checkDerivatives({ id: 'leaky-relu', params: { alpha: 0.3 } });
    expect(leaky.samples[0]!.analytic).toBeCloseTo(0.3, 12);
    expect(leaky.samples[0]!.automatic).toBeCloseTo(0.3, 6);
    expect(leaky.params).toEqual({ alpha: 0.3 });
    const elu = checkDerivatives({ id: 'elu', params: { alpha: 4 } });
    expect(elu.automatic.error).toBeLessThanOrEqual(TARGET_ERROR);
    expect(elu.numerical.error).toBeLessThanOrEqual(TARGET_ERROR);
  });

  it('refuses vector functions, unknown ids and bad parameters with a readable message', () => {
    expect(() => checkDerivatives({ id: 'softmax' })).toThrow(/vector function/);
    expect(() => checkDerivatives({ id: 'nope' })).toThrow(/Unknown activation/);
    expect(() => checkDerivatives({ id: 'elu', params: { alpha: 99 } })).toThrow(/outside/);
    expect(() => checkDerivatives({ id: 'relu' }, { xMin: 2, xMax: 1 })).toThrow(/min < max/);
  });

  it('would notice a wrong analytic derivative', () => {
    const check = checkDerivatives({ id: 'sigmoid' });
    const tampered = check.samples.map((sample) => Math.abs(sample.automatic - sample.analytic * 1.01));
    expect(Math.max(...tampered)).toBeGreaterThan(TARGET_ERROR);
  });
});
