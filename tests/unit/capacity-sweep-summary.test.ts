import { describe, expect, it } from 'vitest';
import { summariseSweep, type CapacityRun } from '../../lab/capacity/index.ts';

function run(width: number, trainLoss: number, testLoss: number): CapacityRun {
  return {
    width, depth: 1, status: 'done', epochs: 100, curve: [], trainLoss, testLoss, trainAccuracy: 0.9, testAccuracy: 0.9, elapsedMs: 1,
  };
}

describe('summariseSweep', () => {
  it('finds the best width of a U and reads each run by the chapter’s table', () => {
    const summary = summariseSweep([run(1, 0.6, 0.7), run(2, 0.4, 0.42), run(4, 0.3, 0.35), run(8, 0.1, 0.37), run(16, 0.02, 1.4)])!;
    expect(summary.bestWidth).toBe(4);
    expect(summary.bestIndex).toBe(2);
    expect(summary.uShapeRatio).toBeCloseTo(0.7 / 0.35, 10);
    expect(summary.readings).toEqual(['underfitting', 'underfitting', 'good fit', 'good fit', 'overfitting']);
  });

  it('gives a ratio of exactly 1 when an end is the best (no U)', () => {
    const falling = summariseSweep([run(1, 0.6, 0.7), run(2, 0.4, 0.5), run(4, 0.3, 0.4)])!;
    expect(falling.bestWidth).toBe(4);
    expect(falling.uShapeRatio).toBe(1);
    expect(falling.readings).toEqual(['underfitting', 'underfitting', 'good fit']);
  });

  it('calls a network that learned next to nothing underfitting even when its test loss is the lowest', () => {
    const dead = summariseSweep([run(1, 0.69, 0.7), run(2, 0.3, 0.9), run(4, 0.05, 2.5)])!;
    expect(dead.bestWidth).toBe(1);
    expect(dead.uShapeRatio).toBe(1);
    expect(dead.readings).toEqual(['underfitting', 'overfitting', 'overfitting']);
  });

  it('says nothing until every run has a finite test loss', () => {
    expect(summariseSweep([])).toBeUndefined();
    expect(summariseSweep([run(1, 0.6, 0.7), run(2, Number.NaN, Number.NaN)])).toBeUndefined();
  });
});
