import { describe, expect, it } from 'vitest';
import { makeDataset, makeSeededDataset } from '../../lab/datasets/index.ts';

describe('makeSeededDataset', () => {
  const spec = { id: 'spiral', size: 120, noise: 0.1, testFraction: 0.25, classes: 3 } as const;

  it('makes the named data set with the spec options and the given seed', () => {
    const dataset = makeSeededDataset(spec, 7);
    expect(dataset).toEqual(makeDataset('spiral', { size: 120, noise: 0.1, testFraction: 0.25, classes: 3, seed: 7 }));
    expect(dataset.numClasses).toBe(3);
    expect(dataset.train.xs.length + dataset.test.xs.length).toBe(120);
  });

  it('gives other points for another seed', () => {
    expect(makeSeededDataset(spec, 8).train.xs).not.toEqual(makeSeededDataset(spec, 7).train.xs);
  });

  it('refuses an unknown data set by name', () => {
    expect(() => makeSeededDataset({ id: 'moons' }, 1)).toThrow(/Unknown data set "moons"/);
  });
});
