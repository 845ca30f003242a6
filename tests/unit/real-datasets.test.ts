import { describe, expect, it } from 'vitest';
import { loadRealDataset, REAL_DATASET_IDS } from '../../lab/datasets/real/index.ts';

const EXPECTED = {
  iris: { rows: 150, inputSize: 4, classes: 3 },
  penguins: { rows: 342, inputSize: 4, classes: 3 },
  mnist: { rows: 2000, inputSize: 196, classes: 10 },
} as const;

describe.each(REAL_DATASET_IDS)('real data set %s', (id) => {
  it('has the documented size, shape and classes', async () => {
    const data = await loadRealDataset(id, { seed: 7 });
    const expected = EXPECTED[id];
    expect(data.train.xs.length + data.test.xs.length).toBe(expected.rows);
    expect(data.inputSize).toBe(expected.inputSize);
    expect(data.numClasses).toBe(expected.classes);
    expect(data.classNames).toHaveLength(expected.classes);
    for (const row of [...data.train.xs, ...data.test.xs]) {
      expect(row).toHaveLength(expected.inputSize);
      expect(row.every(Number.isFinite)).toBe(true);
    }
    const labels = new Set([...data.train.ys, ...data.test.ys]);
    expect([...labels].sort((a, b) => a - b)).toEqual([...Array(expected.classes).keys()]);
  });

  it('is the same for the same seed and differs for another', async () => {
    const a = await loadRealDataset(id, { seed: 3 });
    const b = await loadRealDataset(id, { seed: 3 });
    const c = await loadRealDataset(id, { seed: 4 });
    expect(b.train).toEqual(a.train);
    expect(c.train.ys).not.toEqual(a.train.ys);
  });
});

describe('standardised tabular features', () => {
  it.each(['iris', 'penguins'] as const)('%s training features have mean 0 and variance 1', async (id) => {
    const { train } = await loadRealDataset(id, { seed: 1 });
    for (let j = 0; j < 4; j += 1) {
      const column = train.xs.map((row) => row[j]!);
      const mean = column.reduce((s, v) => s + v, 0) / column.length;
      const variance = column.reduce((s, v) => s + (v - mean) ** 2, 0) / column.length;
      expect(mean).toBeCloseTo(0, 10);
      expect(variance).toBeCloseTo(1, 10);
    }
  });

  it('mnist pixels lie in [0, 1] and a subset keeps the split ratio', async () => {
    const small = await loadRealDataset('mnist', { seed: 1, size: 400, testFraction: 0.25 });
    expect(small.train.xs).toHaveLength(300);
    expect(small.test.xs).toHaveLength(100);
    const pixels = small.train.xs.flat();
    expect(Math.min(...pixels)).toBe(0);
    expect(Math.max(...pixels)).toBeLessThanOrEqual(1);
    expect(Math.max(...pixels)).toBeGreaterThan(0.9);
  });
});
