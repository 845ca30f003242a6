import { describe, expect, it } from 'vitest';
import { armRun } from './arm-run-fixture.ts';
import { describeMeanMix, meanCoefficients, worstConstraintError } from '../../components/widgets/learned-activation/learned-summary.ts';

function learned(seedIndex: number, coefficients: number[][]) {
  return armRun('learned', seedIndex, 0.9, { coefficients });
}

describe('learned summary', () => {
  const runs = [learned(0, [[0.2, 0.8], [0.5, 0.5]]), learned(1, [[0.4, 0.6], [0.1, 0.9]])];

  it('averages each layer’s coefficients over the seeds', () => {
    const means = meanCoefficients(runs);
    expect(means[0]![0]).toBeCloseTo(0.3, 12);
    expect(means[1]![1]).toBeCloseTo(0.7, 12);
    expect(meanCoefficients([])).toEqual([]);
  });

  it('writes the mean mix per layer', () => {
    expect(describeMeanMix(['identity', 'relu'], meanCoefficients(runs), 2)).toBe(
      'Averaged over 2 seeds, the learned activations are layer 1: g(x) = 0.30 identity + 0.70 ReLU; layer 2: g(x) = 0.30 identity + 0.70 ReLU.',
    );
  });

  it('reports the worst violation of the constraint, and none for the linear mode', () => {
    const off = [learned(0, [[0.6, 0.5], [-0.1, 1.1]])];
    const convex = worstConstraintError(off, 'convex');
    expect(convex.sum).toBeCloseTo(0.1, 12);
    expect(convex.negative).toBeCloseTo(0.1, 12);
    expect(worstConstraintError(off, 'affine').negative).toBe(0);
    expect(worstConstraintError(off, 'linear')).toEqual({ sum: 0, negative: 0 });
  });
});
