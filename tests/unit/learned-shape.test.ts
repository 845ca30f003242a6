import { describe, expect, it } from 'vitest';
import { mixValue, sampleMix, SHAPE_RANGE } from '../../lab/learned/learned-shape.ts';

describe('learned shape', () => {
  it('evaluates Σ cᵢ fᵢ(x) in double precision', () => {
    const x = -0.7;
    const expected = 0.2 * x + 0.5 * Math.max(0, x) + 0.3 * Math.tanh(x) - 0.4 / (1 + Math.exp(-x)) + 0.1 * (x / (1 + Math.exp(-x)));
    expect(mixValue(['identity', 'relu', 'tanh', 'sigmoid', 'swish'], [0.2, 0.5, 0.3, -0.4, 0.1], x)).toBeCloseTo(expected, 12);
  });

  it('samples the chapter range [−4, 4] evenly, ending on both ends', () => {
    const points = sampleMix(['identity', 'relu'], [0.25, 0.75]);
    expect(points[0]!.x).toBe(SHAPE_RANGE[0]);
    expect(points[points.length - 1]!.x).toBe(SHAPE_RANGE[1]);
    for (const { x, y } of points) expect(y).toBeCloseTo(x >= 0 ? x : 0.25 * x, 12);
  });

  it('refuses mismatched coefficients and empty ranges', () => {
    expect(() => mixValue(['identity', 'relu'], [1], 0)).toThrow(/need 2 coefficients/);
    expect(() => sampleMix(['identity', 'relu'], [1, 0], [1, 1])).toThrow(/lo < hi/);
  });
});
