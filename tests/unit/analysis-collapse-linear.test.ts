import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { ModelConfig } from '../../lab/types.ts';
import { createRng } from '../../lab/rng.ts';
import { buildModel } from '../../lab/models/index.ts';
import { collapseLinearStack, findNonlinearLayer } from '../../lab/analysis/collapse-linear.ts';
import { collapsedLogits, compareWithCollapsed, compareWithCollapsedInSlices } from '../../lab/analysis/compare-collapsed.ts';

const TOLERANCE = 1e-5;

/** Gives every dense layer seeded random biases (buildModel starts them at zero, which would hide bias errors). */
function randomiseBiases(model: tf.Sequential, seed: number): void {
  const rng = createRng(seed);
  for (const layer of model.layers) {
    if (layer.getClassName() !== 'Dense') continue;
    const [kernel, bias] = layer.getWeights();
    const fresh = tf.tensor1d(Array.from({ length: bias!.size }, () => rng.normal(0, 0.5)));
    layer.setWeights([kernel!, fresh]);
    fresh.dispose();
  }
}

function randomPoints(seed: number, count: number, size: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => Array.from({ length: size }, () => rng.range(-5, 5)));
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('collapseLinearStack', () => {
  it('multiplies two known layers into W = K₁K₂ and b = c₁K₂ + c₂', () => {
    const model = buildModel({ inputSize: 2, hidden: [2], activation: { id: 'linear' }, outputSize: 1, output: 'linear', seed: 1 });
    const set = (index: number, kernel: number[][], bias: number[]) => {
      const tensors = [tf.tensor2d(kernel), tf.tensor1d(bias)];
      model.layers[index]!.setWeights(tensors);
      tf.dispose(tensors);
    };
    set(0, [[1, 2], [3, 4]], [1, -1]);
    set(1, [[2], [-1]], [0.5]);
    const collapsed = collapseLinearStack(model);
    expect(collapsed.weights).toEqual([[0], [2]]);
    expect(collapsed.bias).toEqual([3.5]);
    expect(collapsed.kernelShapes).toEqual([[2, 2], [2, 1]]);
    expect(collapsed.output).toBe('linear');
    expect(collapsedLogits(collapsed, [[1, 1]])).toEqual([[5.5]]);
    model.dispose();
  });

  const cases: [string, Partial<ModelConfig>][] = [
    ['1 hidden layer, sigmoid output', { hidden: [4] }],
    ['3 hidden layers, sigmoid output', { hidden: [8, 8, 8] }],
    ['5 hidden layers of mixed width, input scaling', { hidden: [6, 3, 9, 4, 5], inputScale: 0.2 }],
    ['3 hidden layers, softmax output over 3 classes', { hidden: [8, 8, 8], outputSize: 3, output: 'softmax' }],
    ['2 hidden layers, linear output, 3 inputs', { inputSize: 3, hidden: [7, 2], output: 'linear' }],
  ];

  it.each(cases)('reproduces a random linear network to 1e-5 (%s), leaving no tensors', (_name, overrides) => {
    const config: ModelConfig = { inputSize: 2, hidden: [], activation: { id: 'linear' }, outputSize: 1, output: 'sigmoid', seed: 3, ...overrides };
    const model = buildModel(config);
    randomiseBiases(model, 4);
    const before = tf.memory().numTensors;
    const collapsed = collapseLinearStack(model);
    const comparison = compareWithCollapsed(model, collapsed, randomPoints(5, 300, config.inputSize));
    expect(tf.memory().numTensors).toBe(before);
    expect(collapsed.weights).toHaveLength(config.inputSize);
    expect(collapsed.weights[0]).toHaveLength(config.outputSize);
    expect(collapsed.kernelShapes).toHaveLength(config.hidden.length + 1);
    expect(collapsed.output).toBe(config.output);
    expect(comparison.points).toBe(300);
    expect(comparison.maxLogitDifference).toBeLessThanOrEqual(TOLERANCE);
    expect(comparison.maxOutputDifference).toBeLessThanOrEqual(TOLERANCE);
    model.dispose();
  });

  it('folds a slope c = 2 (a separate activation layer) into the product, to float32 precision of the larger logits', () => {
    const model = buildModel({ inputSize: 2, hidden: [5, 5, 5, 5], activation: { id: 'linear', params: { c: 2 } }, outputSize: 1, output: 'linear', seed: 3 });
    randomiseBiases(model, 4);
    const collapsed = collapseLinearStack(model);
    const points = randomPoints(5, 300, 2);
    const largest = Math.max(...collapsedLogits(collapsed, points).flat().map(Math.abs));
    const comparison = compareWithCollapsed(model, collapsed, points);
    expect(comparison.largestLogit).toBe(largest);
    expect(largest).toBeGreaterThan(10);
    expect(comparison.maxLogitDifference).toBeLessThanOrEqual(TOLERANCE * Math.max(1, largest));
    // Leaving the slope out would be off by far more than rounding.
    const withoutSlope = buildModel({ inputSize: 2, hidden: [5, 5, 5, 5], activation: { id: 'linear' }, outputSize: 1, output: 'linear', seed: 3 });
    withoutSlope.setWeights(model.getWeights());
    const unscaled = collapseLinearStack(withoutSlope);
    expect(Math.abs(unscaled.weights[0]![0]! * 16 - collapsed.weights[0]![0]!)).toBeLessThan(1e-9 * Math.max(1, Math.abs(collapsed.weights[0]![0]!)));
    model.dispose();
    withoutSlope.dispose();
  });

  it('would notice a wrong collapse: a perturbed bias disagrees with the model', () => {
    const model = buildModel({ inputSize: 2, hidden: [8, 8, 8], activation: { id: 'linear' }, outputSize: 1, output: 'linear', seed: 6 });
    randomiseBiases(model, 7);
    const collapsed = collapseLinearStack(model);
    const wrong = { ...collapsed, bias: collapsed.bias.map((b) => b + 1e-3) };
    expect(compareWithCollapsed(model, wrong, randomPoints(1, 20, 2)).maxLogitDifference).toBeGreaterThan(TOLERANCE);
    model.dispose();
  });

  it.each(['tanh', 'relu', 'step'])('refuses a network with %s hidden layers, naming the layer', (id) => {
    const model = buildModel({ inputSize: 2, hidden: [4, 4, 4], activation: { id }, outputSize: 1, output: 'sigmoid', seed: 1 });
    expect(findNonlinearLayer(model)).toMatch(new RegExp(`^layer [12]\\b.*applies ${id}$`));
    expect(() => collapseLinearStack(model)).toThrow(/does not collapse into one linear layer: layer [12]/);
    model.dispose();
  });

  it('finds nothing to refuse in a linear network', () => {
    const model = buildModel({ inputSize: 2, hidden: [4, 4, 4], activation: { id: 'linear' }, outputSize: 1, output: 'sigmoid', seed: 1 });
    expect(findNonlinearLayer(model)).toBeUndefined();
    model.dispose();
  });
});

describe('compareWithCollapsed', () => {
  it('refuses points of the wrong size', () => {
    const model = buildModel({ inputSize: 2, hidden: [3], activation: { id: 'linear' }, outputSize: 1, output: 'sigmoid', seed: 1 });
    const collapsed = collapseLinearStack(model);
    expect(() => compareWithCollapsed(model, collapsed, [[1, 2, 3]])).toThrow(/points of 2 finite numbers/);
    expect(() => compareWithCollapsed(model, collapsed, [])).toThrow(/at least one point/);
    model.dispose();
  });
});

describe('compareWithCollapsedInSlices', () => {
  it('agrees with the one-go comparison over all points, chunk by chunk, and frees its tensors', async () => {
    const model = buildModel({ inputSize: 2, hidden: [8, 8], activation: { id: 'linear' }, outputSize: 1, output: 'sigmoid', seed: 2 });
    randomiseBiases(model, 3);
    const collapsed = collapseLinearStack(model);
    const points = randomPoints(6, 250, 2);
    // A wrong bias makes the gaps large enough that the chunk holding the worst point decides the maximum.
    const wrong = { ...collapsed, bias: collapsed.bias.map((b) => b + 1e-2) };
    const before = tf.memory().numTensors;
    const sliced = await compareWithCollapsedInSlices(model, wrong, points, 64);
    expect(tf.memory().numTensors).toBe(before);
    const whole = compareWithCollapsed(model, wrong, points);
    expect(sliced.points).toBe(250);
    expect(sliced.largestLogit).toBe(whole.largestLogit);
    expect(sliced.maxLogitDifference).toBeCloseTo(whole.maxLogitDifference, 6);
    expect(sliced.maxOutputDifference).toBeCloseTo(whole.maxOutputDifference, 6);
    expect(sliced.maxLogitDifference).toBeGreaterThan(1e-3);
    model.dispose();
  });

  it('refuses bad points or a bad chunk size with a readable message', async () => {
    const model = buildModel({ inputSize: 2, hidden: [3], activation: { id: 'linear' }, outputSize: 1, output: 'sigmoid', seed: 1 });
    const collapsed = collapseLinearStack(model);
    await expect(compareWithCollapsedInSlices(model, collapsed, [[1, 2, 3]])).rejects.toThrow(/points of 2 finite numbers/);
    await expect(compareWithCollapsedInSlices(model, collapsed, [[1, 2]], 0)).rejects.toThrow(/chunkPoints must be a positive integer/);
    model.dispose();
  });
});
