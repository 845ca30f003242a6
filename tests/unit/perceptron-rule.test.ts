import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../lab/types.ts';
import { blobs, xor } from '../../lab/datasets/index.ts';
import { perceptronStart, trainPerceptron, type PerceptronEpoch } from '../../lab/perceptron/index.ts';

/** The widget's data: blobs shifted off the origin (so the bias matters) with some spread. */
const separableBlobs = (seed: number): Dataset => blobs({ seed, size: 100, noise: 0.25, offset: [1, 0.5] });

/** Counts training points on the wrong side, from the weights alone (independent of the lab's accuracy code). */
function misplacedTrainingPoints(dataset: Dataset, weights: number[], bias: number): number {
  return dataset.train.xs.filter((x, i) => {
    const z = weights[0]! * x[0]! + weights[1]! * x[1]! + bias;
    return (z >= 0 ? 1 : 0) !== dataset.train.ys[i];
  }).length;
}

describe('trainPerceptron', () => {
  it.each([1, 2, 3, 4, 5, 6])('separates linearly separable blobs completely (seed %i)', async (seed) => {
    const dataset = separableBlobs(seed);
    const result = await trainPerceptron(dataset, { seed });
    expect(result.status).toBe('converged');
    expect(result.trainAccuracy).toBe(1);
    expect(misplacedTrainingPoints(dataset, result.weights, result.bias)).toBe(0);
    expect(result.history.at(-1)!.mistakes).toBe(0);
    expect(result.updates).toBeGreaterThan(0);
  });

  it('converges on the default blobs for several seeds as well', async () => {
    for (const seed of [7, 8, 9]) {
      const dataset = blobs({ seed });
      const result = await trainPerceptron(dataset, { seed });
      expect(result.status).toBe('converged');
      expect(misplacedTrainingPoints(dataset, result.weights, result.bias)).toBe(0);
    }
  });

  it('applies w ← w + η(y − ŷ)x and b ← b + η(y − ŷ), starting from zero weights', async () => {
    const dataset: Dataset = {
      id: 'hand', inputSize: 2, numClasses: 2,
      train: { xs: [[1, 2]], ys: [0] },
      test: { xs: [], ys: [] },
    };
    const result = await trainPerceptron(dataset, { seed: 1, learningRate: 0.5 });
    // z = 0 at the start, so ŷ = step(0) = 1 and y − ŷ = −1: w = 0 − 0.5·[1, 2], b = −0.5.
    expect(result.history[1]).toMatchObject({ epoch: 1, mistakes: 1, weights: [-0.5, -1], bias: -0.5 });
    expect(result).toMatchObject({ status: 'converged', epochs: 2, updates: 1, trainAccuracy: 1 });
    // The count is read, never rounded back out of the ratio: the start calls the one point class 1, wrongly.
    expect(result.history.map((epoch) => epoch.trainCorrect)).toEqual([0, 1, 1]);
    expect(result.trainCorrect).toBe(1);
    expect(result.testAccuracy).toBeUndefined();
  });

  it('is deterministic per seed, and the seed changes the visiting order', async () => {
    const dataset = separableBlobs(3);
    const run = async (seed: number) => (await trainPerceptron(dataset, { seed })).history;
    const first = await run(11);
    expect(await run(11)).toEqual(first);
    const others = await Promise.all([12, 13, 14].map(run));
    expect(others.some((history) => JSON.stringify(history) !== JSON.stringify(first))).toBe(true);
  });

  it('only rescales the weights when η changes, since it starts from zero', async () => {
    const dataset = separableBlobs(2);
    const unit = await trainPerceptron(dataset, { seed: 5, learningRate: 1 });
    const tenth = await trainPerceptron(dataset, { seed: 5, learningRate: 0.1 });
    expect(tenth.history.map((entry) => entry.mistakes)).toEqual(unit.history.map((entry) => entry.mistakes));
    tenth.weights.forEach((w, i) => expect(w).toBeCloseTo(unit.weights[i]! * 0.1, 10));
    expect(tenth.bias).toBeCloseTo(unit.bias * 0.1, 10);
  });

  it('never settles when no line separates the classes (xor), and stops at the epoch limit', async () => {
    const result = await trainPerceptron(xor({ seed: 1, size: 100 }), { seed: 1, maxEpochs: 40 });
    expect(result.status).toBe('epoch-limit');
    expect(result.epochs).toBe(40);
    expect(result.trainAccuracy).toBeLessThan(1);
    expect(result.history.slice(1).every((entry) => entry.mistakes > 0)).toBe(true);
  });

  it('reports epoch 0 and every epoch to onEpoch, awaiting it, and stops when the signal aborts', async () => {
    const seen: PerceptronEpoch[] = [];
    const controller = new AbortController();
    const result = await trainPerceptron(xor({ seed: 2, size: 60 }), {
      seed: 2,
      maxEpochs: 1000,
      signal: controller.signal,
      onEpoch: async (epoch) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        seen.push(epoch);
        if (epoch.epoch === 5) controller.abort();
      },
    });
    expect(result.status).toBe('stopped');
    expect(seen.map((entry) => entry.epoch)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(seen[0]).toMatchObject({ weights: [0, 0], bias: 0, mistakes: 0 });
    // The start a widget draws before the first epoch is the one the rule reports as epoch 0.
    expect(perceptronStart(2)).toEqual({ weights: seen[0]!.weights, bias: seen[0]!.bias });
    expect(result.epochs).toBe(5);
  });

  it('refuses bad options and data with a message that says what is wrong', async () => {
    const dataset = separableBlobs(1);
    await expect(trainPerceptron(dataset, { seed: 1, learningRate: 0 })).rejects.toThrow(/learningRate must be a positive number/);
    await expect(trainPerceptron(dataset, { seed: 1, maxEpochs: 2.5 })).rejects.toThrow(/maxEpochs must be an integer/);
    await expect(trainPerceptron(dataset, {} as never)).rejects.toThrow(/seed is required/);
    const badLabel: Dataset = { ...dataset, train: { xs: [[0, 0]], ys: [2] } };
    await expect(trainPerceptron(badLabel, { seed: 1 })).rejects.toThrow(/label 0 must be a class from 0 to 1/);
    const regression: Dataset = { ...dataset, numClasses: 0 };
    await expect(trainPerceptron(regression, { seed: 1 })).rejects.toThrow(/regression/);
  });
});
