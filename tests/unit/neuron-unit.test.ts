import { describe, expect, it } from 'vitest';
import { stepUnitOutput, weightedSumOf } from '../../lab/perceptron/step-unit';
import { unitBoundary, unitGrid } from '../../components/ui/live-maps/unit-plane';
import { describeFit, describePoint } from '../../components/widgets/neuron/neuron-readout';
import type { Dataset } from '../../lab/types';

const unit = (w1: number, w2: number, b: number) => ({ weights: [w1, w2], bias: b });

const BOUNDS = { xMin: -4, xMax: 4, yMin: -4, yMax: 4 };

describe('the neuron in plain numbers', () => {
  it('computes the chapter’s worked example: z = 0.8·2 − 0.5·1 − 0.3 = 0.8', () => {
    expect(weightedSumOf(unit(0.8, -0.5, -0.3), [2, 1])).toBeCloseTo(0.8, 12);
  });

  it('fills the grid row by row from the top, like lab’s GridPrediction', () => {
    const grid = unitGrid(unit(0, 1, 0), (z) => z, BOUNDS, 4);
    expect(grid.values).toHaveLength(16);
    expect(grid.values[0]).toBeCloseTo(3);
    expect(grid.values[15]).toBeCloseTo(-3);
    const xGrid = unitGrid(unit(1, 0, 0), (z) => z, BOUNDS, 4);
    expect(Array.from(xGrid.values.slice(0, 4))).toEqual([-3, -1, 1, 3]);
  });

  it('draws the decision line where z = 0 and nothing when it misses the plane', () => {
    const segment = unitBoundary(unit(1, 1, -1), BOUNDS)!;
    expect(segment).toHaveLength(2);
    for (const [x, y] of segment) expect(x + y - 1).toBeCloseTo(0, 9);
    expect(unitBoundary(unit(1, 0, -10), BOUNDS)).toBeUndefined();
    expect(unitBoundary(unit(0, 0, 1), BOUNDS)).toBeUndefined();
  });

  it('puts z ≥ 0 on the class 1 side', () => {
    const params = unit(1, 0, -1);
    expect([stepUnitOutput(params, [2, 0]), stepUnitOutput(params, [1, 0]), stepUnitOutput(params, [0, 0])]).toEqual([1, 1, 0]);
    expect(describePoint(params, [1, 0], 'step', (z) => z).lines[2]).toContain('z ≥ 0: class 1 side');
    expect(describePoint(params, [0, 0], 'step', (z) => z).lines[2]).toContain('z < 0: class 0 side');
  });

  it('writes out z and a for the picked point', () => {
    const readout = describePoint(unit(0.8, -0.5, -0.3), [2, 1], 'sigmoid', (z) => 1 / (1 + Math.exp(-z)));
    expect(readout.z).toBeCloseTo(0.8, 12);
    expect(readout.a).toBeCloseTo(0.68997, 5);
    expect(readout.lines.join('\n')).toContain('0.80·2.00 + (−0.50)·1.00 − 0.30');
    expect(readout.lines.at(-1)).toBe('a = sigmoid(0.800) = 0.690');
  });

  it('counts correctly classified points over both splits', () => {
    const dataset: Dataset = {
      id: 'toy', inputSize: 2, numClasses: 2,
      train: { xs: [[1, 0], [-1, 0]], ys: [1, 0] },
      test: { xs: [[2, 0], [-2, 0]], ys: [0, 0] },
    };
    expect(describeFit(unit(1, 0, 0), dataset)).toBe('These weights put 3 of the 4 points on their own class’s side of the line (75%).');
  });
});
