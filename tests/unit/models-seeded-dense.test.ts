import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { resolveModelConfig } from '../../lab/models/config.ts';
import { addInputRescaling, KERNEL_INITIALIZERS, seededDense, stackNetwork } from '../../lab/models/seeded-dense.ts';
import { KERNEL_INITIALIZERS as FROM_BUILD } from '../../lab/models/build.ts';

const config = (inputScale = 1, seed = 7) => resolveModelConfig({ inputSize: 3, hidden: [4], activation: { id: 'relu' }, outputSize: 2, output: 'softmax', seed, inputScale });

/** The first dense layer's initial kernel, with the model disposed again. */
function firstKernel(resolved: ReturnType<typeof config>): number[] {
  const model = tf.sequential();
  addInputRescaling(model, resolved);
  model.add(seededDense(resolved, 0, 4));
  const kernel = Array.from(model.getWeights()[0]!.dataSync());
  model.dispose();
  return kernel;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('seededDense', () => {
  it('gives the same kernel for the same seed and a different one for another seed', () => {
    const before = tf.memory().numTensors;
    const a = firstKernel(config(1, 7));
    expect(firstKernel(config(1, 7))).toEqual(a);
    expect(firstKernel(config(1, 8))).not.toEqual(a);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('seeds each layer index differently', () => {
    const resolved = config();
    const model = tf.sequential();
    try {
      model.add(seededDense(resolved, 0, 3));
      model.add(seededDense(resolved, 1, 3));
      const [first, , second] = model.getWeights().map((weights) => Array.from(weights.dataSync()));
      expect(first).toHaveLength(9);
      expect(second).toHaveLength(9);
      expect(second).not.toEqual(first);
    } finally {
      model.dispose();
    }
  });

  it('puts a rescaling layer first only when inputScale is not 1, and the kernel does not depend on it', () => {
    const plain = tf.sequential();
    const scaled = tf.sequential();
    try {
      addInputRescaling(plain, config(1));
      addInputRescaling(scaled, config(0.5));
      expect(plain.layers).toHaveLength(0);
      expect(scaled.layers.map((layer) => layer.getClassName())).toEqual(['Rescaling']);
    } finally {
      plain.dispose();
      scaled.dispose();
    }
    expect(firstKernel(config(0.5))).toEqual(firstKernel(config(1)));
  });

  it('is the initializer map build.ts exports', () => {
    expect(FROM_BUILD).toBe(KERNEL_INITIALIZERS);
    expect(Object.keys(KERNEL_INITIALIZERS).sort()).toEqual(['glorot', 'he', 'lecun']);
  });

  it('stackNetwork ends with the output layer and its activation, and disposes a half-built model on failure', () => {
    const resolved = config(0.5);
    const model = stackNetwork(resolved, (net, index, units) => net.add(seededDense(resolved, index, units, 'relu')));
    expect(model.layers.map((layer) => layer.getClassName())).toEqual(['Rescaling', 'Dense', 'Dense', 'Activation']);
    expect(model.outputs[0]!.shape).toEqual([null, 2]);
    model.dispose();
    const before = tf.memory().numTensors;
    expect(() => stackNetwork(config(), (net, index, units) => {
      net.add(seededDense(config(), index, units));
      throw new Error('no activation for this layer');
    })).toThrow('no activation for this layer');
    expect(tf.memory().numTensors).toBe(before);
  });
});
