import { describe, expect, it } from 'vitest';
import { armValuesOf, comparePaired, compareWithBest, MIN_PAIRED_SEEDS, type ArmValues } from '../../lab/statistics/index.ts';
import { createRng } from '../../lab/rng.ts';
import { sampleRecords } from './experiments-fixtures.ts';

/** An arm scored on seeds 1..n: a shared per-seed effect (as a seed's luck affects every arm) plus the arm's own noise. */
function arm(name: string, n: number, shift: number, noise = 0.01, noiseSeed = 1): ArmValues {
  const luck = createRng(99);
  const own = createRng(noiseSeed);
  return { arm: name, values: Array.from({ length: n }, (_, i) => ({ seed: i + 1, value: 0.8 + luck.normal(0, 0.05) + shift + own.normal(0, noise) })) };
}

describe('comparePaired', () => {
  it('finds no difference between an arm and itself: every difference is 0', () => {
    const a = arm('relu', 8, 0);
    const result = comparePaired(a, { ...a, arm: 'relu again' }, { seed: 1 });
    expect(result).toMatchObject({ n: 8, unpaired: 0, meanDifference: 0, interval: { low: 0, high: 0 }, verdict: 'no-difference' });
    expect(result.sentence).toBe('The seeds do not support a difference between relu again and relu: the mean difference is 0.000 (95 % CI 0.000 to 0.000, 8 seeds), and the interval includes 0.');
  });

  it('puts the interval around 0 for two arms drawn alike', () => {
    const result = comparePaired(arm('tanh', 10, 0, 0.01, 1), arm('relu', 10, 0, 0.01, 2), { seed: 3 });
    expect(result.verdict).toBe('no-difference');
    expect(result.interval!.low).toBeLessThan(0);
    expect(result.interval!.high).toBeGreaterThan(0);
  });

  it('supports a clear shift, in either direction, even when seeds vary far more than the shift', () => {
    const up = comparePaired(arm('tanh', 8, 0), arm('swish', 8, 0.03, 0.01, 2), { seed: 1 });
    expect(up.verdict).toBe('difference');
    expect(up.interval!.low).toBeGreaterThan(0);
    expect(up.meanDifference).toBeCloseTo(0.03, 1);
    expect(up.sentence).toMatch(/^The seeds support a difference: swish scores 0\.0\d\d higher than tanh on average \(95 % CI 0\.0\d\d to 0\.0\d\d, 8 seeds\)\.$/);
    const down = comparePaired(arm('swish', 8, 0.03, 0.01, 2), arm('tanh', 8, 0), { seed: 1 });
    expect(down.verdict).toBe('difference');
    expect(down.sentence).toMatch(/tanh scores 0\.0\d\d lower than swish/);
  });

  it('says nothing from fewer than six paired seeds, however clear the numbers look', () => {
    const result = comparePaired(arm('tanh', MIN_PAIRED_SEEDS - 1, 0), arm('swish', MIN_PAIRED_SEEDS - 1, 0.2), { seed: 1 });
    expect(result.verdict).toBe('too-few-seeds');
    expect(result.interval).not.toBeNull();
    expect(result.sentence).toBe('5 paired seeds are too few to say whether swish and tanh differ (at least 6 are needed).');
    const one = comparePaired(arm('a', 1, 0), arm('b', 1, 0.2), { seed: 1 });
    expect(one).toMatchObject({ n: 1, interval: null, verdict: 'too-few-seeds' });
    expect(one.sentence).toMatch(/^1 paired seed is too few/);
  });

  it('pairs by seed, not by position, and counts runs without a partner', () => {
    const first: ArmValues = { arm: 'a', values: [{ seed: 3, value: 0.5 }, { seed: 1, value: 0.1 }, { seed: 2, value: 0.2 }, { seed: 4, value: 0.9 }] };
    const second: ArmValues = { arm: 'b', values: [{ seed: 1, value: 0.3 }, { seed: 2, value: null }, { seed: 3, value: 0.6 }, { seed: 5, value: 0.7 }] };
    const result = comparePaired(first, second, { seed: 1 });
    expect(result.differences.map((d) => Number(d.toFixed(10)))).toEqual([0.2, 0.1]);
    expect(result.unpaired).toBe(3);
  });

  it('is deterministic for a seed', () => {
    const a = arm('tanh', 8, 0);
    const b = arm('relu', 8, 0.01, 0.02, 5);
    expect(comparePaired(a, b, { seed: 4 })).toEqual(comparePaired(a, b, { seed: 4 }));
    expect(comparePaired(a, b, { seed: 4 }).interval).not.toEqual(comparePaired(a, b, { seed: 5 }).interval);
  });

  it('refuses an arm with two runs of one seed', () => {
    const twice: ArmValues = { arm: 'relu', values: [{ seed: 1, value: 0.5 }, { seed: 1, value: 0.6 }] };
    expect(() => comparePaired(twice, arm('tanh', 2, 0), { seed: 1 })).toThrow('relu has two runs with seed 1');
  });
});

describe('compareWithBest', () => {
  const arms = [arm('tanh', 8, 0, 0.01, 1), arm('swish', 8, 0.04, 0.01, 2), arm('gelu', 8, 0.039, 0.01, 3)];

  const meanOf = (a: ArmValues) => a.values.reduce((sum, { value }) => sum + value!, 0) / a.values.length;

  it('picks the highest mean and compares every other arm with it (other minus best)', () => {
    const [tanh, swish, gelu] = arms as [ArmValues, ArmValues, ArmValues];
    const [winner, runnerUp] = meanOf(swish) > meanOf(gelu) ? [swish, gelu] : [gelu, swish];
    const { best, comparisons } = compareWithBest(arms, { seed: 1 });
    expect(best).toBe(winner.arm);
    expect(comparisons.map((c) => [c.first, c.second, c.verdict])).toEqual([
      [winner.arm, tanh.arm, 'difference'],
      [winner.arm, runnerUp.arm, 'no-difference'],
    ]);
    expect(comparisons[0]!.meanDifference).toBeCloseTo(meanOf(tanh) - meanOf(winner), 10);
  });

  it('picks the lowest mean for a loss', () => {
    expect(compareWithBest(arms, { seed: 1, lowerIsBetter: true }).best).toBe('tanh');
  });

  it('has no best when no arm has a score', () => {
    expect(compareWithBest([{ arm: 'relu', values: [{ seed: 1, value: null }] }], { seed: 1 })).toEqual({ best: null, comparisons: [] });
  });
});

describe('armValuesOf', () => {
  it('groups run records by activation, keeping seeds and diverged runs as null', () => {
    const arms = armValuesOf(sampleRecords(), (run) => run.metrics.testAccuracy);
    expect(arms).toEqual([
      { arm: 'relu', values: [{ seed: 1, value: 0.9 }, { seed: 2, value: 0.94 }, { seed: 3, value: 0.98 }] },
      { arm: 'leaky-relu (alpha=0.2)', values: [{ seed: 1, value: 0.8 }, { seed: 2, value: null }, { seed: 3, value: 0.9 }] },
    ]);
  });
});
