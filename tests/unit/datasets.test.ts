import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../lab/types.ts';
import { DATASET_IDS, blobs, datasetBounds, gauss, linearRegression, makeDataset, spiral } from '../../lab/datasets/index.ts';

const allPoints = (dataset: Dataset) => ({
  xs: [...dataset.train.xs, ...dataset.test.xs],
  ys: [...dataset.train.ys, ...dataset.test.ys],
});

const countLabels = (ys: number[]): Map<number, number> => {
  const counts = new Map<number, number>();
  for (const y of ys) counts.set(y, (counts.get(y) ?? 0) + 1);
  return counts;
};

const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

describe.each(DATASET_IDS)('makeDataset("%s")', (id) => {
  it('gives the same points for the same seed and different points for another seed', () => {
    const first = makeDataset(id, { seed: 12 });
    expect(makeDataset(id, { seed: 12 })).toEqual(first);
    expect(makeDataset(id, { seed: 13 }).train.xs).not.toEqual(first.train.xs);
  });

  it('has 2-D points, 500 by default, split 50/50, with balanced labels', () => {
    const dataset = makeDataset(id, { seed: 1 });
    expect(dataset.id).toBe(id);
    expect(dataset.inputSize).toBe(2);
    expect(dataset.numClasses).toBe(2);
    expect(dataset.train.xs).toHaveLength(250);
    expect(dataset.test.xs).toHaveLength(250);
    expect(dataset.train.ys).toHaveLength(250);
    const { xs, ys } = allPoints(dataset);
    expect(xs.every((p) => p.length === 2 && p.every(Number.isFinite))).toBe(true);
    expect(countLabels(ys)).toEqual(new Map([[0, 250], [1, 250]]));
    const trainPositives = dataset.train.ys.filter((y) => y === 1).length;
    expect(trainPositives).toBeGreaterThan(100);
    expect(trainPositives).toBeLessThan(150);
  });

  it('honours size and testFraction', () => {
    const dataset = makeDataset(id, { seed: 1, size: 200, testFraction: 0.2 });
    expect(dataset.train.xs).toHaveLength(160);
    expect(dataset.test.xs).toHaveLength(40);
    expect(makeDataset(id, { seed: 1, size: 100, testFraction: 0 }).test.xs).toHaveLength(0);
  });

  it('keeps the split and order when only the noise changes', () => {
    const clean = makeDataset(id, { seed: 5, noise: 0 });
    const noisy = makeDataset(id, { seed: 5, noise: 0.3 });
    expect(noisy.train.xs).toHaveLength(clean.train.xs.length);
    expect(noisy.train.xs).not.toEqual(clean.train.xs);
  });
});

describe('playground formulas', () => {
  it('spiral: radius grows to 5 and noise moves each coordinate by at most the noise', () => {
    const clean = allPoints(spiral({ seed: 2 }));
    const noisy = allPoints(spiral({ seed: 2, noise: 0.4 }));
    expect(Math.max(...clean.xs.map(([x = 0, y = 0]) => Math.hypot(x, y)))).toBeLessThanOrEqual(5);
    const shifts = clean.xs.flatMap((p, i) => p.map((v, j) => Math.abs(v - noisy.xs[i]![j]!)));
    expect(Math.max(...shifts)).toBeLessThanOrEqual(0.4);
    expect(Math.max(...shifts)).toBeGreaterThan(0.3);
    expect(noisy.ys).toEqual(clean.ys);
  });

  it('spiral: k classes give k balanced arms labelled by arm index', () => {
    const dataset = spiral({ seed: 4, classes: 3, size: 300 });
    expect(dataset.numClasses).toBe(3);
    expect(dataset.classNames).toEqual(['arm 1', 'arm 2', 'arm 3']);
    expect(countLabels(allPoints(dataset).ys)).toEqual(new Map([[0, 100], [1, 100], [2, 100]]));
    expect(countLabels(allPoints(spiral({ seed: 4, classes: 3 })).ys)).toEqual(new Map([[0, 167], [1, 167], [2, 166]]));
  });

  it('circle: label 1 inside radius 2.5, label 0 in the ring from 3.5 to 5 (no noise)', () => {
    const { xs, ys } = allPoints(makeDataset('circle', { seed: 3 }));
    xs.forEach(([x = 0, y = 0], i) => {
      const r = Math.hypot(x, y);
      if (ys[i] === 1) expect(r).toBeLessThan(2.5);
      else expect(r >= 3.5 && r <= 5).toBe(true);
    });
  });

  it('circle: with noise the label follows the moved point', () => {
    const { xs, ys } = allPoints(makeDataset('circle', { seed: 3, noise: 0.5 }));
    xs.forEach(([x = 0, y = 0], i) => expect(ys[i]).toBe(Math.hypot(x, y) < 2.5 ? 1 : 0));
    expect(Math.max(...xs.map(([x = 0, y = 0]) => Math.hypot(x, y)))).toBeGreaterThan(5);
  });

  it('xor: points stay 0.3 off the axes and the label is the sign of x·y', () => {
    const { xs, ys } = allPoints(makeDataset('xor', { seed: 8 }));
    xs.forEach(([x = 0, y = 0], i) => {
      expect(Math.min(Math.abs(x), Math.abs(y))).toBeGreaterThanOrEqual(0.3);
      expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(5.3);
      expect(ys[i]).toBe(x * y >= 0 ? 1 : 0);
    });
  });

  it('gauss: clusters centred on (2, 2) and (−2, −2), wider with more noise', () => {
    const spread = (noise: number) => {
      const { xs, ys } = allPoints(gauss({ seed: 6, noise, size: 2000 }));
      const positives = xs.filter((_, i) => ys[i] === 1).map(([x = 0]) => x);
      const negatives = xs.filter((_, i) => ys[i] === 0).map(([x = 0]) => x);
      const centre = mean(positives);
      return { centre, negativeCentre: mean(negatives), std: Math.sqrt(mean(positives.map((v) => (v - centre) ** 2))) };
    };
    const calm = spread(0);
    expect(calm.centre).toBeCloseTo(2, 0);
    expect(calm.negativeCentre).toBeCloseTo(-2, 0);
    expect(calm.std).toBeCloseTo(Math.sqrt(0.5), 1);
    expect(spread(0.5).std).toBeCloseTo(2, 1);
  });
});

describe('blobs', () => {
  it('is linearly separable by x + y = 0 without noise', () => {
    const { xs, ys } = allPoints(blobs({ seed: 10 }));
    xs.forEach(([x = 0, y = 0], i) => expect(ys[i]).toBe(x + y > 0 ? 1 : 0));
  });

  it('moves both blobs by the offset so the best boundary misses the origin', () => {
    const { xs, ys } = allPoints(blobs({ seed: 10, offset: [3, 1] }));
    const positives = xs.filter((_, i) => ys[i] === 1);
    const negatives = xs.filter((_, i) => ys[i] === 0);
    expect(mean(positives.map(([x = 0]) => x))).toBeCloseTo(5, 0);
    expect(mean(negatives.map(([, y = 0]) => y))).toBeCloseTo(-1, 0);
    xs.forEach(([x = 0, y = 0], i) => expect(ys[i]).toBe(x + y > 4 ? 1 : 0));
    expect(allPoints(blobs({ seed: 10, offset: 2 }))).toEqual(allPoints(blobs({ seed: 10, offset: [2, 2] })));
  });
});

describe('linearRegression', () => {
  it('follows y = 2x + 3 exactly without noise and has no classes', () => {
    const dataset = linearRegression({ seed: 1, noise: 0 });
    expect(dataset.inputSize).toBe(1);
    expect(dataset.numClasses).toBe(0);
    expect(dataset.train.xs.length + dataset.test.xs.length).toBe(100);
    const { xs, ys } = allPoints(dataset);
    xs.forEach(([x = 0], i) => expect(ys[i]).toBeCloseTo(2 * x + 3, 10));
  });

  it('adds Gaussian noise of the given standard deviation, reproducibly', () => {
    const options = { seed: 2, slope: -1, intercept: 0.5, noise: 0.5, size: 4000, xRange: [0, 10] as const };
    const { xs, ys } = allPoints(linearRegression(options));
    const residuals = xs.map(([x = 0], i) => ys[i]! - (-x + 0.5));
    expect(Math.sqrt(mean(residuals.map((r) => r * r)))).toBeCloseTo(0.5, 1);
    expect(Math.min(...xs.map(([x = 0]) => x))).toBeGreaterThanOrEqual(0);
    expect(linearRegression(options)).toEqual(linearRegression(options));
  });

  it('rejects out-of-range options', () => {
    expect(() => linearRegression({ seed: 1, noise: -1 })).toThrow(/noise must be/);
    expect(() => linearRegression({ seed: 1, xRange: [2, 1] })).toThrow(/xRange/);
  });
});

describe('validation', () => {
  it.each([
    ['moons', { seed: 1 }, /Unknown data set "moons".*blobs, circle, xor, gauss, spiral/],
    ['spiral', { seed: 1, size: 3 }, /size must be an integer from 10 to 10000, got 3/],
    ['spiral', { seed: 1, size: 12.5 }, /size must be an integer/],
    ['circle', { seed: 1, noise: 0.8 }, /noise must be a number from 0 to 0.5, got 0.8/],
    ['xor', { seed: 1, testFraction: 0.95 }, /testFraction must be a number from 0 to 0.9/],
    ['circle', { seed: 1, classes: 3 }, /only 2 classes/],
    ['spiral', { seed: 1, classes: 9 }, /classes must be an integer from 2 to 8/],
    ['gauss', { seed: 1, offset: 2 }, /offset is only supported by the blobs/],
    ['blobs', { seed: 1, offset: [1, 50] }, /offset must be a number or a pair/],
    ['spiral', { seed: Number.NaN }, /Seed must be a finite number/],
  ])('%s with %o fails clearly', (id, options, message) => {
    expect(() => makeDataset(id, options as never)).toThrow(message);
  });

  it('requires a seed', () => {
    expect(() => makeDataset('spiral', {} as never)).toThrow(/seed is required/);
  });
});

describe('datasetBounds', () => {
  it('gives a square around the origin that holds every point', () => {
    const dataset = makeDataset('circle', { seed: 1 });
    const bounds = datasetBounds(dataset);
    expect(bounds.xMax).toBe(-bounds.xMin);
    expect(bounds.xMax).toBeGreaterThan(4.9);
    expect(bounds.xMax).toBeLessThanOrEqual(5.5);
    expect(() => datasetBounds(linearRegression({ seed: 1 }))).toThrow(/2-D/);
  });
});
