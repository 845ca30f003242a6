import { describe, expect, it } from 'vitest';
import { flipLabels } from '../../lab/capacity/index.ts';
import { makeDataset, spiral } from '../../lab/datasets/index.ts';

const circle = makeDataset('circle', { size: 600, seed: 5 });

function changed(before: number[], after: number[]): number {
  return before.filter((label, i) => label !== after[i]).length;
}

describe('flipLabels', () => {
  it('flips about the asked fraction in both splits and leaves the points where they were', () => {
    const noisy = flipLabels(circle, 0.1, 5);
    const flipped = changed(circle.train.ys, noisy.train.ys) + changed(circle.test.ys, noisy.test.ys);
    expect(flipped / 600).toBeGreaterThan(0.06);
    expect(flipped / 600).toBeLessThan(0.14);
    expect(changed(circle.test.ys, noisy.test.ys)).toBeGreaterThan(0);
    expect(noisy.train.xs).toEqual(circle.train.xs);
    expect(noisy.test.xs).toEqual(circle.test.xs);
    expect(noisy.train.ys.every((label) => label === 0 || label === 1)).toBe(true);
  });

  it('is deterministic per seed, differs between seeds, and does not touch its input', () => {
    const copy = JSON.parse(JSON.stringify(circle));
    expect(flipLabels(circle, 0.2, 1)).toEqual(flipLabels(circle, 0.2, 1));
    expect(flipLabels(circle, 0.2, 1).train.ys).not.toEqual(flipLabels(circle, 0.2, 2).train.ys);
    expect(circle).toEqual(copy);
    expect(flipLabels(circle, 0, 1).train.ys).toEqual(circle.train.ys);
  });

  it('refuses data sets and fractions it cannot handle', () => {
    expect(() => flipLabels(spiral({ seed: 1, classes: 3 }), 0.1, 1)).toThrow(/only two-class/);
    expect(() => flipLabels(circle, 0.7, 1)).toThrow(/fraction must be a number from 0 to 0.5/);
    expect(() => flipLabels(circle, Number.NaN, 1)).toThrow(/fraction/);
  });
});
