/** The pair a reader chooses (page) or names with --pair (CLI): its paired-bootstrap verdict, or why it cannot be compared. */
import { describe, expect, it } from 'vitest';
import { accuracyArmLabels, bestAccuracyArm, compareAccuracyPair, compareChosenPair, compareWithBestAccuracy, pairLine } from '../../lab/experiments/compare-runs.ts';
import type { ExperimentActivation } from '../../lab/experiments/definition.ts';
import type { RunRecord } from '../../lab/experiments/run-record.ts';
import { makeRecord } from './experiments-fixtures.ts';

const relu: ExperimentActivation = { id: 'relu', params: {} };
const tanh: ExperimentActivation = { id: 'tanh', params: {} };
const swish: ExperimentActivation = { id: 'swish', params: {} };
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** Per seed: relu and swish close together (differences of both signs), tanh well below both. */
function records(): RunRecord[] {
  const accuracy = { relu: [0.91, 0.93, 0.9, 0.94, 0.92, 0.95, 0.9, 0.93], swish: [0.92, 0.92, 0.91, 0.93, 0.93, 0.94, 0.91, 0.92], tanh: [0.8, 0.84, 0.79, 0.83, 0.81, 0.85, 0.8, 0.82] };
  return SEEDS.flatMap((seed, s) => [relu, tanh, swish].map((activation, a) =>
    makeRecord({ index: s * 3 + a, seed, activation, testAccuracy: accuracy[activation.id as keyof typeof accuracy][s]! })));
}

describe('compareChosenPair', () => {
  it('says the seeds support a difference for a pair far apart on every seed', () => {
    const choice = compareChosenPair(records(), 'relu', 'tanh');
    expect(choice.ok).toBe(true);
    if (!choice.ok) return;
    expect(choice.comparison.verdict).toBe('difference');
    expect(choice.comparison.meanDifference).toBeCloseTo(-0.105, 6);
    expect(choice.comparison.interval!.high).toBeLessThan(0);
    expect(choice.comparison.sentence).toMatch(/^The seeds support a difference: tanh scores 0\.105 lower than relu on average \(95 % CI -0\.\d{3} to -0\.\d{3}, 8 seeds\)\.$/);
  });

  it('says they do not for a pair whose differences change sign', () => {
    const choice = compareChosenPair(records(), 'relu', 'swish');
    expect(choice.ok && choice.comparison.verdict).toBe('no-difference');
    if (!choice.ok) return;
    expect(choice.comparison.interval!.low).toBeLessThan(0);
    expect(choice.comparison.interval!.high).toBeGreaterThan(0);
    expect(choice.comparison.sentence).toMatch(/^The seeds do not support a difference between swish and relu: .*8 seeds\), and the interval includes 0\.$/);
  });

  it('refuses the same activation twice, and one the runs do not hold, with the reason', () => {
    expect(compareChosenPair(records(), 'tanh', 'tanh')).toEqual({ ok: false, reason: 'Pick two different activations: tanh against itself has no difference to measure.' });
    expect(compareChosenPair(records(), 'relu', 'gelu')).toEqual({ ok: false, reason: "gelu is not among these runs' activations (relu, tanh, swish)." });
  });

  it('gives the comparison the verdicts against the best give, for the same pair and order', () => {
    const all = records();
    const { best, comparisons } = compareWithBestAccuracy(all);
    expect(bestAccuracyArm(all)).toBe(best);
    for (const comparison of comparisons) {
      expect(compareAccuracyPair(all, best!, comparison.second)).toEqual(comparison);
    }
    expect(accuracyArmLabels(all)).toEqual(['relu', 'tanh', 'swish']);
  });

  it('writes the line the CLI prints, a refusal included', () => {
    expect(pairLine(records(), 'relu', 'tanh')).toMatch(/^The pair you chose, tanh minus relu: The seeds support a difference/);
    expect(pairLine(records(), 'relu', 'relu')).toBe('The pair you chose, relu minus relu: Pick two different activations: relu against itself has no difference to measure.');
  });
});
