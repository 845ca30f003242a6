import { describe, expect, it } from 'vitest';
import type { GridPrediction } from '../../lab/types.ts';
import {
  MAX_OPACITY, MIN_OPACITY, confidenceOpacity, describeProbabilityMap, fillProbabilityPixels, summariseProbabilityMap,
} from '../../components/ui/live-maps/class-probability.ts';
import { fillFromColourTable } from '../../components/ui/charts/colour-table.ts';

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

describe('live map pixels', () => {
  it('paints each cell in its winner\'s colour with its confidence as alpha, and an unknown winner in the fallback', () => {
    const rgb = [10, 20, 30, 255, 40, 50, 60, 255, 70, 80, 90, 255, 1, 2, 3, 255];
    const pixels = new Uint8ClampedArray(16);
    fillProbabilityPixels(pixels, grid([1, 1 / 3, 2 / 3, 0.9], [2, 0, -1, 1]), rgb, 3);
    expect(Array.from(pixels.slice(0, 3))).toEqual([70, 80, 90]);
    expect(pixels[3]).toBe(Math.round(MAX_OPACITY * 255));
    expect(Array.from(pixels.slice(4, 7))).toEqual([10, 20, 30]);
    expect(pixels[7]).toBe(Math.round(MIN_OPACITY * 255));
    expect(Array.from(pixels.slice(8, 11))).toEqual([1, 2, 3]);
    expect(Array.from(pixels.slice(12, 15))).toEqual([40, 50, 60]);
    expect(() => fillProbabilityPixels(new Uint8ClampedArray(4), grid([1, 1, 1, 1], [0, 0, 0, 0]), rgb, 3)).toThrow(/too few pixels/);
  });

  it('looks values up in a colour table over [lo, hi], clamps outside it and clears non-finite cells', () => {
    const table = [0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255];
    const pixels = new Uint8ClampedArray(20).fill(9);
    fillFromColourTable(pixels, [0, 0.5, 1, 7, Number.NaN], table, 0, 1);
    expect(Array.from(pixels.slice(0, 4))).toEqual([0, 0, 0, 255]);
    expect(Array.from(pixels.slice(4, 8))).toEqual([128, 128, 128, 255]);
    expect(Array.from(pixels.slice(8, 12))).toEqual([255, 255, 255, 255]);
    expect(Array.from(pixels.slice(12, 16))).toEqual([255, 255, 255, 255]);
    expect(pixels[19]).toBe(0);
    expect(() => fillFromColourTable(pixels, [0], table, 1, 1)).toThrow(/lo < hi/);
  });
});
