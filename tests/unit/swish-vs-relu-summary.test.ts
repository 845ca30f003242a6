import { describe, expect, it } from 'vitest';
import { armRun } from './arm-run-fixture.ts';
import { betaSpreads, describeBetas } from '../../components/widgets/swish-vs-relu/swish-vs-relu-summary.ts';
import { describeSeedComparison } from '../../components/ui/comparison/seed-accuracy.ts';

function run(armId: string, seedIndex: number, testAccuracy: number, betas?: number[][]) {
  return armRun(armId, seedIndex, testAccuracy, betas ? { betas } : {});
}

describe('betaSpreads', () => {
  it('pools β per hidden layer over the seeds', () => {
    const spreads = betaSpreads([run('swish-trained', 0, 0.9, [[1.2], [0.8]]), run('swish-trained', 1, 0.9, [[1.6], [-0.2]])]);
    expect(spreads.map((s) => [s.layer, s.values, s.min, s.max, s.negative])).toEqual([[1, [1.2, 1.6], 1.2, 1.6, 0], [2, [0.8, -0.2], -0.2, 0.8, 1]]);
    expect(spreads[0]!.mean).toBeCloseTo(1.4, 12);
    expect(spreads[1]!.median).toBeCloseTo(0.3, 12);
  });
});

describe('describeBetas', () => {
  it('reports the range and mean per layer for one β per layer', () => {
    const spreads = betaSpreads([run('swish-trained', 0, 0.9, [[1.2]]), run('swish-trained', 1, 0.9, [[1.6]])]);
    expect(describeBetas(spreads, 'layer', 1)).toBe('Starting from β = 1, the trained β ended between 1.20 and 1.60 (mean 1.40) over 2 seeds.');
  });

  it('reports the median and the negative ones for one β per unit, and says what a negative β does', () => {
    const spreads = betaSpreads([run('swish-trained', 0, 0.9, [[1, -0.5, 2]])]);
    expect(describeBetas(spreads, 'unit', 1)).toBe(
      'Starting from β = 1, the 3 per-unit β values ended between −0.50 and 2.00 (median 1.00; 1 ended below 0). A negative β mirrors the gate: the unit passes negative inputs and blocks positive ones.',
    );
  });
});

describe('describeSeedComparison', () => {
  it('tallies each Swish variant against ReLU seed by seed', () => {
    const runs = [run('relu', 0, 0.9), run('swish-1', 0, 0.92), run('relu', 1, 0.9), run('swish-1', 1, 0.9)];
    const summaries = [
      { armId: 'relu', label: 'ReLU', n: 2, diverged: 0, mean: 0.9, sd: 0, min: 0.9, max: 0.9, accuracies: [0.9, 0.9] },
      { armId: 'swish-1', label: 'Swish-1', n: 2, diverged: 0, mean: 0.91, sd: 0.014, min: 0.9, max: 0.92, accuracies: [0.92, 0.9] },
    ];
    const text = describeSeedComparison(summaries, runs, 100, { armId: 'relu', role: 'reference' });
    expect(text).toHaveLength(3);
    expect(text[2]).toBe('Seed by seed, Swish-1 beat ReLU on 1, tied on 1 and lost on 0 of 2.');
  });

  it('tallies a subject arm against each of the others', () => {
    const runs = [run('relu', 0, 0.9), run('swish-1', 0, 0.92), run('tanh', 0, 0.95), run('relu', 1, 0.9), run('swish-1', 1, 0.9), run('tanh', 1, 0.9)];
    const summaries = [
      { armId: 'relu', label: 'ReLU', n: 2, diverged: 0, mean: 0.9, sd: 0, min: 0.9, max: 0.9, accuracies: [0.9, 0.9] },
      { armId: 'swish-1', label: 'Swish-1', n: 2, diverged: 0, mean: 0.91, sd: 0.014, min: 0.9, max: 0.92, accuracies: [0.92, 0.9] },
      { armId: 'tanh', label: 'tanh', n: 2, diverged: 0, mean: 0.925, sd: 0.035, min: 0.9, max: 0.95, accuracies: [0.95, 0.9] },
    ];
    expect(describeSeedComparison(summaries, runs, 100, { armId: 'swish-1', role: 'subject' }).slice(2)).toEqual([
      'Seed by seed, Swish-1 beat ReLU on 1, tied on 1 and lost on 0 of 2.',
      'Seed by seed, Swish-1 beat tanh on 0, tied on 1 and lost on 1 of 2.',
    ]);
  });
});
