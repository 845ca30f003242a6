import { describe, expect, it } from 'vitest';
import type { GridPrediction } from '../../lab/types.ts';
import {
  MAX_OPACITY, MIN_OPACITY, confidenceOpacity, describeProbabilityMap, summariseProbabilityMap,
} from '../../components/ui/class-probability.ts';

function grid(values: number[], classes: number[]): GridPrediction {
  return { xMin: -1, xMax: 1, yMin: -1, yMax: 1, resolution: 2, values: Float32Array.from(values), classes: Int32Array.from(classes) };
}

describe('class-probability map numbers', () => {
  it('is faintest at a coin toss among k classes and strongest at certainty', () => {
    expect(confidenceOpacity(1 / 3, 3)).toBeCloseTo(MIN_OPACITY, 12);
    expect(confidenceOpacity(1, 3)).toBeCloseTo(MAX_OPACITY, 12);
    expect(confidenceOpacity(0.5, 2)).toBeCloseTo(MIN_OPACITY, 12);
    expect(confidenceOpacity(2 / 3, 3)).toBeCloseTo((MIN_OPACITY + MAX_OPACITY) / 2, 12);
    expect(confidenceOpacity(0.2, 3)).toBe(MIN_OPACITY);
    expect(confidenceOpacity(Number.NaN, 3)).toBe(0);
  });

  it('counts the share of the plane each class wins and where the model is sure', () => {
    const summary = summariseProbabilityMap(grid([0.95, 0.4, 0.91, 0.6], [0, 1, 2, 2]), 3);
    expect(summary.shares).toEqual([0.25, 0.25, 0.5]);
    expect(summary.sure).toBe(0.5);
    expect(describeProbabilityMap(grid([0.95, 0.4, 0.91, 0.6], [0, 1, 2, 2]), ['arm 1', 'arm 2', 'arm 3']))
      .toBe('Share of the plane each class wins: arm 1 25%, arm 2 25%, arm 3 50%. The winning probability is at least 0.9 on 50% of the plane.');
  });

  it('refuses a grid without classes (a sigmoid model’s)', () => {
    const binary: GridPrediction = { xMin: 0, xMax: 1, yMin: 0, yMax: 1, resolution: 1, values: Float32Array.from([0.5]) };
    expect(() => summariseProbabilityMap(binary, 2)).toThrow(/softmax grid/);
  });
});
