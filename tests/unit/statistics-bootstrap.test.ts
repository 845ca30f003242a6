import { describe, expect, it } from 'vitest';
import { bootstrapMeanInterval } from '../../lab/statistics/index.ts';
import { createRng } from '../../lab/rng.ts';

const normals = (seed: number, n: number, mean = 0, sd = 1) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.normal(mean, sd));
};

describe('bootstrapMeanInterval (studentized)', () => {
  it('is reproducible for a seed and changes only a little with another seed', () => {
    const values = normals(1, 8);
    const a = bootstrapMeanInterval(values, { seed: 7 });
    expect(bootstrapMeanInterval(values, { seed: 7 })).toEqual(a);
    const b = bootstrapMeanInterval(values, { seed: 8 });
    expect(b).not.toEqual(a);
    expect(Math.abs(b.low - a.low)).toBeLessThan(0.1);
  });

  it('matches the normal-theory interval, mean ± 1.96 se, for a large sample', () => {
    const values = normals(2, 400, 3, 2);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const se = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1) / values.length);
    const { low, high, level } = bootstrapMeanInterval(values, { seed: 1, resamples: 4000 });
    expect(level).toBe(0.95);
    expect(low).toBeCloseTo(mean - 1.96 * se, 1);
    expect(high).toBeCloseTo(mean + 1.96 * se, 1);
    expect((high - low) / (2 * 1.96 * se)).toBeGreaterThan(0.93);
    expect((high - low) / (2 * 1.96 * se)).toBeLessThan(1.07);
  });

  it('keeps its promise with few values: 95 % intervals miss a true mean of 0 in about 5 % of experiments', () => {
    const rng = createRng(11);
    const experiments = 600;
    let misses = 0;
    for (let t = 0; t < experiments; t++) {
      const values = Array.from({ length: 8 }, () => rng.normal(0, 1));
      const { low, high } = bootstrapMeanInterval(values, { seed: t, resamples: 1000 });
      if (low > 0 || high < 0) misses++;
    }
    expect(misses / experiments).toBeGreaterThan(0.01);
    expect(misses / experiments).toBeLessThan(0.09);
  });

  it('is a single point when every value is the same', () => {
    expect(bootstrapMeanInterval([0.02, 0.02, 0.02], { seed: 1 })).toEqual({ low: 0.02, high: 0.02, level: 0.95 });
  });

  it('widens with the confidence level', () => {
    const values = normals(3, 10);
    const ninety = bootstrapMeanInterval(values, { seed: 1, level: 0.9 });
    const ninetyNine = bootstrapMeanInterval(values, { seed: 1, level: 0.99 });
    expect(ninetyNine.low).toBeLessThan(ninety.low);
    expect(ninetyNine.high).toBeGreaterThan(ninety.high);
  });

  it('refuses what it cannot compute', () => {
    expect(() => bootstrapMeanInterval([1], { seed: 1 })).toThrow('at least two finite values');
    expect(() => bootstrapMeanInterval([1, Number.NaN], { seed: 1 })).toThrow('at least two finite values');
    expect(() => bootstrapMeanInterval([1, 2], { seed: 1, resamples: 10 })).toThrow('resamples must be a whole number from 100');
    expect(() => bootstrapMeanInterval([1, 2], { seed: 1, level: 1 })).toThrow('between 0 and 1');
  });
});
