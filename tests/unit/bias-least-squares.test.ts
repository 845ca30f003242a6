import { describe, expect, it } from 'vitest';
import { leastSquaresLine, leastSquaresThroughOrigin, meanSquaredError } from '../../lab/bias/index.ts';

const exactLine = { xs: [[-1], [0], [1], [2], [3]], ys: [1, 3, 5, 7, 9] };

describe('least-squares lines', () => {
  it('recover y = 2x + 3 exactly from noise-free points', () => {
    const line = leastSquaresLine(exactLine);
    expect(line.w).toBeCloseTo(2, 12);
    expect(line.b).toBeCloseTo(3, 12);
    expect(meanSquaredError(exactLine, line)).toBeCloseTo(0, 12);
  });

  it('through the origin, take w = Σxy / Σx² and leave an error the bias would remove', () => {
    const line = leastSquaresThroughOrigin(exactLine);
    expect(line.b).toBe(0);
    expect(line.w).toBeCloseTo((-1 + 0 + 5 + 14 + 27) / (1 + 0 + 1 + 4 + 9), 12);
    expect(meanSquaredError(exactLine, line)).toBeGreaterThan(1);
  });

  it('explain what is wrong with data they cannot fit', () => {
    expect(() => leastSquaresLine({ xs: [], ys: [] })).toThrow(/at least one point/);
    expect(() => leastSquaresLine({ xs: [[1], [1]], ys: [0, 2] })).toThrow(/every x is the same/);
    expect(() => leastSquaresThroughOrigin({ xs: [[0]], ys: [4] })).toThrow(/every x is 0/);
    expect(() => leastSquaresLine({ xs: [[1, 2]], ys: [0] })).toThrow(/exactly one input/);
  });
});
