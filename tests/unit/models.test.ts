import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { ModelConfig } from '../../lab/types.ts';
import { buildModel, countParameters, describeModel } from '../../lab/models/index.ts';

const spiralNet: ModelConfig = {
  inputSize: 2,
  hidden: [8, 8],
  activation: { id: 'tanh' },
  outputSize: 1,
  output: 'sigmoid',
  seed: 1,
};

function weightsOf(model: tf.LayersModel): number[][] {
  return model.getWeights().map((w) => Array.from(w.dataSync()));
}

function withModel<T>(config: ModelConfig, use: (model: tf.Sequential) => T): T {
  const model = buildModel(config);
  try {
    return use(model);
  } finally {
    model.dispose();
  }
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('buildModel', () => {
  it('stacks dense layers with the asked-for units and a separate output activation', () => {
    withModel(spiralNet, (model) => {
      const dense = model.layers.filter((layer) => layer.getClassName() === 'Dense');
      expect(dense.map((layer) => layer.getConfig().units)).toEqual([8, 8, 1]);
      expect(dense.map((layer) => layer.getConfig().activation)).toEqual(['tanh', 'tanh', 'linear']);
      const last = model.layers[model.layers.length - 1]!;
      expect(last.getClassName()).toBe('Activation');
      expect(last.getConfig().activation).toBe('sigmoid');
      expect(model.inputs[0]!.shape).toEqual([null, 2]);
      expect(model.outputs[0]!.shape).toEqual([null, 1]);
    });
  });

  it('counts 2·8+8 + 8·8+8 + 8+1 = 105 parameters, and fewer without biases', () => {
    withModel(spiralNet, (model) => expect(countParameters(model)).toBe(105));
    withModel({ ...spiralNet, useBias: false }, (model) => {
      expect(countParameters(model)).toBe(16 + 64 + 8);
      expect(model.layers.every((layer) => layer.getConfig().useBias !== true)).toBe(true);
    });
  });

  it('gives identical initial weights for the same seed and different ones for another seed', () => {
    const first = withModel(spiralNet, weightsOf);
    expect(withModel(spiralNet, weightsOf)).toEqual(first);
    expect(withModel({ ...spiralNet, seed: 2 }, weightsOf)[0]).not.toEqual(first[0]);
  });

  it('seeds each layer differently', () => {
    const [firstKernel, , secondKernel] = withModel({ ...spiralNet, hidden: [2, 2] }, weightsOf);
    expect(firstKernel).toHaveLength(4);
    expect(secondKernel).not.toEqual(firstKernel);
  });

  it('uses the chosen initializer, each with its own spread', () => {
    const wide: ModelConfig = { ...spiralNet, inputSize: 100, hidden: [400], activation: { id: 'relu' } };
    const spread = (config: ModelConfig) => withModel(config, (model) => {
      const kernel = Array.from(model.getWeights()[0]!.dataSync());
      return Math.sqrt(kernel.reduce((sum, v) => sum + v * v, 0) / kernel.length);
    });
    // tfjs draws he and lecun from a normal truncated at two standard deviations, which shrinks the spread by 0.88.
    const truncation = 0.8796;
    expect(spread({ ...wide, initializer: 'glorot' })).toBeCloseTo(Math.sqrt(2 / 500), 2);
    expect(spread({ ...wide, initializer: 'lecun' })).toBeCloseTo(Math.sqrt(1 / 100) * truncation, 2);
    expect(spread({ ...wide, initializer: 'he' })).toBeCloseTo(Math.sqrt(2 / 100) * truncation, 2);
  });

  it('supports one activation per layer, a single neuron, softmax and linear outputs', () => {
    withModel({ ...spiralNet, activation: [{ id: 'relu' }, { id: 'sigmoid' }] }, (model) => {
      expect(model.layers.slice(0, 2).map((layer) => layer.getConfig().activation)).toEqual(['relu', 'sigmoid']);
    });
    withModel({ ...spiralNet, hidden: [] }, (model) => expect(countParameters(model)).toBe(3));
    withModel({ ...spiralNet, outputSize: 3, output: 'softmax' }, (model) => {
      expect(model.outputs[0]!.shape).toEqual([null, 3]);
      const rowSums = tf.tidy(() => Array.from((model.predict(tf.randomNormal([5, 2], 0, 1, 'float32', 1)) as tf.Tensor).sum(1).dataSync()));
      rowSums.forEach((sum) => expect(sum).toBeCloseTo(1, 5));
    });
    withModel({ ...spiralNet, inputSize: 1, hidden: [], activation: { id: 'linear' }, output: 'linear' }, (model) => {
      expect(model.layers).toHaveLength(1);
    });
  });

  it('scales the inputs in front of the first layer when inputScale is set', () => {
    const input = [[5, -5], [2.5, 0]];
    const outputsFor = (config: ModelConfig) => withModel(config, (model) =>
      tf.tidy(() => Array.from((model.predict(tf.tensor2d(input)) as tf.Tensor).dataSync())));
    withModel({ ...spiralNet, inputScale: 0.2 }, (model) => {
      expect(model.layers[0]!.getClassName()).toBe('Rescaling');
      expect(countParameters(model)).toBe(105);
    });
    const scaledInputs = input.map((row) => row.map((v) => v * 0.2));
    const plain = withModel(spiralNet, (model) =>
      tf.tidy(() => Array.from((model.predict(tf.tensor2d(scaledInputs)) as tf.Tensor).dataSync())));
    outputsFor({ ...spiralNet, inputScale: 0.2 }).forEach((value, i) => expect(value).toBeCloseTo(plain[i]!, 6));
  });

  it.each([
    [{ inputScale: 0 }, /inputScale must be a positive number/],
    [{ inputSize: 0 }, /inputSize must be an integer from 1/],
    [{ hidden: [8, -1] }, /hidden must be a list/],
    [{ activation: [{ id: 'tanh' }] }, /one activation for every hidden layer \(2\), got 1/],
    [{ activation: 'tanh' }, /activation must be an object/],
    [{ output: 'softmax' }, /softmax output needs at least 2 units/],
    [{ outputSize: 2 }, /sigmoid output has one unit/],
    [{ output: 'relu' }, /output must be one of sigmoid, softmax, linear/],
    [{ initializer: 'xavier' }, /initializer must be one of glorot, he, lecun/],
    [{ seed: undefined }, /seed is required/],
  ])('rejects %o with a clear message', (change, message) => {
    const before = tf.memory().numTensors;
    expect(() => buildModel({ ...spiralNet, ...change } as never)).toThrow(message);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('describeModel', () => {
  it('describes layers as plain data with parameter counts matching the built model', () => {
    const description = describeModel(spiralNet);
    expect(description.layers).toEqual([
      { units: 8, activation: { id: 'tanh' }, parameters: 24 },
      { units: 8, activation: { id: 'tanh' }, parameters: 72 },
      { units: 1, activation: { id: 'sigmoid' }, parameters: 9 },
    ]);
    expect(description).toMatchObject({ inputSize: 2, output: 'sigmoid', initializer: 'glorot', useBias: true, inputScale: 1 });
    withModel(spiralNet, (model) => expect(description.parameters).toBe(countParameters(model)));
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
  });
});
