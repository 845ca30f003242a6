import { describe, expect, it } from 'vitest';
import { describeGap, describeMeans, describePaired, meanAndSpread, percent, type LabelledSummary } from '../../components/ui/comparison/seed-accuracy.ts';

function summary(label: string, accuracies: number[], sd: number | null, diverged = 0): LabelledSummary {
  const mean = accuracies.length ? accuracies.reduce((a, b) => a + b, 0) / accuracies.length : null;
  return { armId: label.toLowerCase(), label, n: accuracies.length, diverged, mean, sd, min: Math.min(...accuracies), max: Math.max(...accuracies), accuracies };
}

describe('seed accuracy words', () => {
  it('formats means with their spread in percentage points', () => {
    expect(percent(0.98765)).toBe('98.8%');
    expect(percent(null)).toBe('—');
    expect(meanAndSpread({ mean: 0.9, sd: 0.0123 })).toBe('90.0% ± 1.2');
    expect(meanAndSpread({ mean: 0.9, sd: null })).toBe('90.0%');
  });

  it('lists the means and the diverged runs left out', () => {
    const text = describeMeans([summary('ReLU', [0.9, 0.92], 0.014), summary('Swish', [0.95], null, 1)]);
    expect(text).toBe('Mean test accuracy over 2 seeds (± one standard deviation, in percentage points): ReLU 91.0% ± 1.4, Swish 95.0%. Runs that diverged and are left out: Swish (1).');
  });

  it('measures the gap against one test example and against the seed spread', () => {
    const tiny = describeGap([summary('A', [0.9], 0.01), summary('B', [0.905], 0.01)], 100);
    expect(tiny).toMatch(/^B has the highest mean, 0\.5 points above A: less than one test example \(1\.0 points of the 100\)/);
    const noisy = describeGap([summary('A', [0.9], 0.03), summary('B', [0.92], 0.01)], 1000);
    expect(noisy).toMatch(/no larger than the spread between seeds \(largest standard deviation 3\.0 points\)/);
    const clear = describeGap([summary('A', [0.8], 0.01), summary('B', [0.9], 0.02)], 1000);
    expect(clear).toMatch(/more than the largest standard deviation between seeds \(2\.0 points\)/);
    expect(describeGap([summary('A', [0.9], 0), summary('B', [0.9 + 1e-8], 0)], 100)).toBe('All 2 means are identical.');
    expect(describeGap([summary('A', [0.99], 0), summary('B', [0.99], 0), summary('C', [0.98], 0.01)], 100)).toMatch(/^A and B share the highest mean, 1\.0 points above C/);
  });

  it('tallies seed-by-seed wins, ties and losses, treating float rounding as a tie', () => {
    expect(describePaired([0.01, 0, -0.02, 3e-8], 'Swish', 'ReLU')).toBe('Seed by seed, Swish beat ReLU on 1, tied on 2 and lost on 1 of 4.');
    expect(describePaired([], 'Swish', 'ReLU')).toBe('');
  });
});
