import { describe, expect, it } from 'vitest';
import { pairedDifferences, summariseArm, summariseArms } from '../../lab/comparison/arm-summary.ts';
import { armRun as run } from './arm-run-fixture.ts';

const runs = [run('a', 0, 0.9), run('b', 0, 0.8), run('a', 1, 0.7), run('b', 1, 0.85), run('a', 2, 0.8), run('b', 2)];

describe('summariseArm', () => {
  it('gives mean, sample standard deviation and range over finished runs, counting diverged ones apart', () => {
    const a = summariseArm('a', runs);
    expect(a.n).toBe(3);
    expect(a.mean).toBeCloseTo(0.8, 12);
    expect(a.sd).toBeCloseTo(0.1, 12);
    expect([a.min, a.max]).toEqual([0.7, 0.9]);
    const b = summariseArm('b', runs);
    expect(b).toMatchObject({ n: 2, diverged: 1 });
    expect(b.mean).toBeCloseTo(0.825, 12);
  });

  it('has no mean for an arm without finished runs and no spread for a single run', () => {
    expect(summariseArm('c', runs)).toMatchObject({ n: 0, mean: null, sd: null, min: null, max: null });
    expect(summariseArm('a', runs.slice(0, 1))).toMatchObject({ n: 1, mean: 0.9, sd: null });
  });

  it('summarises arms in the order asked', () => {
    expect(summariseArms(['b', 'a'], runs).map((summary) => summary.armId)).toEqual(['b', 'a']);
  });
});

describe('pairedDifferences', () => {
  it('subtracts seed by seed, skipping seeds where either arm has no accuracy', () => {
    const differences = pairedDifferences(runs, 'a', 'b');
    expect(differences).toHaveLength(2);
    expect(differences[0]).toBeCloseTo(-0.1, 12);
    expect(differences[1]).toBeCloseTo(0.15, 12);
  });
});
