import { describe, expect, it } from 'vitest';
import { decisionSegment, neuronGrid, predictedClass, weightedSum } from '../../components/widgets/neuron/neuron-math';
import { countCorrect, describePoint } from '../../components/widgets/neuron/neuron-readout';
import type { Dataset } from '../../lab/types';

const BOUNDS = { xMin: -4, xMax: 4, yMin: -4, yMax: 4 };

describe('the neuron in plain numbers', () => {
  it('computes the chapter’s worked example: z = 0.8·2 − 0.5·1 − 0.3 = 0.8', () => {
    expect(weightedSum({ w1: 0.8, w2: -0.5, b: -0.3 }, [2, 1])).toBeCloseTo(0.8, 12);
  });

  it('fills the grid row by row from the top, like lab’s GridPrediction', () => {
    const grid = neuronGrid({ w1: 0, w2: 1, b: 0 }, (z) => z, BOUNDS, 4);
    expect(grid.values).toHaveLength(16);
    expect(grid.values[0]).toBeCloseTo(3);
    expect(grid.values[15]).toBeCloseTo(-3);
    const xGrid = neuronGrid({ w1: 1, w2: 0, b: 0 }, (z) => z, BOUNDS, 4);
    expect(Array.from(xGrid.values.slice(0, 4))).toEqual([-3, -1, 1, 3]);
  });

  it('draws the decision line where z = 0 and nothing when it misses the plane', () => {
    const segment = decisionSegment({ w1: 1, w2: 1, b: -1 }, BOUNDS)!;
    expect(segment).toHaveLength(2);
    for (const [x, y] of segment) expect(x + y - 1).toBeCloseTo(0, 9);
    expect(decisionSegment({ w1: 1, w2: 0, b: -10 }, BOUNDS)).toBeUndefined();
    expect(decisionSegment({ w1: 0, w2: 0, b: 1 }, BOUNDS)).toBeUndefined();
  });

  it('puts z ≥ 0 on the class 1 side', () => {
    const params = { w1: 1, w2: 0, b: -1 };
    expect([predictedClass(params, [2, 0]), predictedClass(params, [1, 0]), predictedClass(params, [0, 0])]).toEqual([1, 1, 0]);
  });

  it('writes out z and a for the picked point', () => {
    const readout = describePoint({ w1: 0.8, w2: -0.5, b: -0.3 }, [2, 1], 'sigmoid', (z) => 1 / (1 + Math.exp(-z)));
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
    expect(countCorrect({ w1: 1, w2: 0, b: 0 }, dataset)).toEqual({ correct: 3, total: 4 });
  });
});
