import { describe, expect, it } from 'vitest';
import { createRng } from '../../lab/rng.ts';
import { gridPoints } from '../../lab/train/grid.ts';
import {
  accuracyCeiling, accuracyOfUnit, correctByUnit, distinctOutputs, stepUnitOutput, threeBlobs, trainPerceptron,
} from '../../lab/perceptron/index.ts';

describe('a single step unit', () => {
  it('outputs only 0 and 1, whatever its weights, anywhere on the plane', () => {
    const rng = createRng(5);
    const flat = gridPoints({ xMin: -8, xMax: 8, yMin: -8, yMax: 8 }, 60);
    const plane: number[][] = [];
    for (let i = 0; i < flat.length; i += 2) plane.push([flat[i]!, flat[i + 1]!]);
    for (let trial = 0; trial < 20; trial++) {
      const unit = { weights: [rng.normal(0, 5), rng.normal(0, 5)], bias: rng.normal(0, 5) };
      for (const value of distinctOutputs(unit, plane)) expect([0, 1]).toContain(value);
    }
    expect(distinctOutputs({ weights: [1, 0], bias: 0 }, plane)).toEqual([0, 1]);
  });

  it('uses the catalog step: 1 from z = 0 upwards', () => {
    expect(stepUnitOutput({ weights: [1, 1], bias: -2 }, [1, 1])).toBe(1);
    expect(stepUnitOutput({ weights: [1, 1], bias: -2 }, [1, 0.999])).toBe(0);
  });

  it('counts the points on their own class\'s side, and its accuracy is that count over the split', () => {
    // x₁ ≥ 0.5 is class 1: the first two points are right, the third (class 0 at x₁ = 2) and fourth (class 1 at x₁ = 0) wrong.
    const unit = { weights: [1, 0], bias: -0.5 };
    const split = { xs: [[0, 0], [1, 0], [2, 0], [0, 3]], ys: [0, 1, 0, 1] };
    expect(correctByUnit(unit, split)).toBe(2);
    expect(accuracyOfUnit(unit, split)).toBe(0.5);
    expect(correctByUnit(unit, { xs: [], ys: [] })).toBe(0);
    expect(accuracyOfUnit(unit, { xs: [], ys: [] })).toBeNaN();
  });

  it('computes the best accuracy a unit with k outputs can reach', () => {
    expect(accuracyCeiling([0, 0, 0, 1, 1, 2])).toBeCloseTo(5 / 6, 12);
    expect(accuracyCeiling([0, 1, 2, 0, 1, 2], 2)).toBeCloseTo(2 / 3, 12);
    expect(accuracyCeiling([0, 1, 2], 3)).toBe(1);
  });

  it('cannot name a third class: trained on three blobs, it gets no class-2 point right and stays under the ceiling', async () => {
    const dataset = threeBlobs({ seed: 2, size: 150 });
    const result = await trainPerceptron(dataset, { seed: 2, maxEpochs: 30 });
    expect(result.status).toBe('epoch-limit');
    const points = [...dataset.train.xs, ...dataset.test.xs];
    const labels = [...dataset.train.ys, ...dataset.test.ys];
    expect(distinctOutputs(result, points)).toEqual([0, 1]);
    const classTwo = { xs: points.filter((_, i) => labels[i] === 2), ys: labels.filter((label) => label === 2) };
    expect(classTwo.xs.length).toBe(50);
    expect(accuracyOfUnit(result, classTwo)).toBe(0);
    expect(accuracyOfUnit(result, { xs: points, ys: labels })).toBeLessThanOrEqual(accuracyCeiling(labels));
  });
});

describe('threeBlobs', () => {
  it('makes three balanced, seeded classes', () => {
    const dataset = threeBlobs({ seed: 1, size: 90 });
    expect(dataset).toMatchObject({ id: 'three-blobs', inputSize: 2, numClasses: 3 });
    const labels = [...dataset.train.ys, ...dataset.test.ys];
    expect([0, 1, 2].map((k) => labels.filter((label) => label === k).length)).toEqual([30, 30, 30]);
    expect(threeBlobs({ seed: 1, size: 90 })).toEqual(dataset);
    expect(threeBlobs({ seed: 2, size: 90 })).not.toEqual(dataset);
  });

  it('refuses out-of-range options', () => {
    expect(() => threeBlobs({ seed: 1, noise: 2 })).toThrow(/noise must be a number from 0 to 0.5/);
  });
});
