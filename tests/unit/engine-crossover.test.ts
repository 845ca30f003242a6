/**
 * The size rule behind engine 'auto' (lab/train/engine-crossover.ts): the array engine while a
 * layer's share of a training step stays under the measured crossover on wasm, always on cpu, and
 * every demo's default network on the array engine.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { ARRAY_ENGINE_MAX_MACS_PER_LAYER_STEP, arrayEngineIsFaster, macsPerLayerStep } from '../../lab/train/engine-crossover.ts';
import { buildModel } from '../../lab/models/index.ts';
import { spiral } from '../../lab/datasets/index.ts';
import { train } from '../../lab/train/index.ts';
import { VANISHING_PRESET, DYING_RELU_PRESET } from '../../lab/analysis/presets.ts';

/** Dense layers of a network with `inputs` inputs, these hidden widths and `outputs` outputs. */
function layers(inputs: number, hidden: readonly number[], outputs = 1): { inputs: number; units: number }[] {
  const widths = [...hidden, outputs];
  return widths.map((units, i) => ({ inputs: i === 0 ? inputs : widths[i - 1]!, units }));
}

afterAll(async () => {
  await tf.setBackend('cpu');
});

describe('multiply-adds per layer and step', () => {
  it('averages one step\'s forward multiply-adds over the Dense layers', () => {
    // 2·8 + 8·8 + 8·1 = 88 per row, 1,024 rows, 3 layers.
    expect(macsPerLayerStep(layers(2, [8, 8]), 1024)).toBeCloseTo((88 * 1024) / 3, 6);
    expect(macsPerLayerStep(layers(2, [32, 32]), 32)).toBeCloseTo((1120 * 32) / 3, 6);
    expect(macsPerLayerStep([], 100)).toBe(0);
  });
});

describe('the crossover rule', () => {
  it('keeps the array engine on wasm up to the threshold and hands bigger steps to tfjs', () => {
    // One layer whose step costs exactly the threshold, then one row more.
    const one = [{ inputs: 1024, units: 128 }];
    expect(macsPerLayerStep(one, 1)).toBe(ARRAY_ENGINE_MAX_MACS_PER_LAYER_STEP);
    expect(arrayEngineIsFaster(one, 1, 'wasm')).toBe(true);
    expect(arrayEngineIsFaster(one, 2, 'wasm')).toBe(false);
  });

  it('agrees with the scale grid\'s measured winners on wasm', () => {
    expect(arrayEngineIsFaster(layers(2, [8, 8]), 1024, 'wasm')).toBe(true);
    expect(arrayEngineIsFaster(layers(2, [8, 8, 8, 8]), 1024, 'wasm')).toBe(true);
    expect(arrayEngineIsFaster(layers(2, [32, 32, 32, 32]), 32, 'wasm')).toBe(true);
    expect(arrayEngineIsFaster(layers(2, [32, 32]), 1024, 'wasm')).toBe(false);
    expect(arrayEngineIsFaster(layers(2, [128, 128]), 32, 'wasm')).toBe(false);
    expect(arrayEngineIsFaster(layers(2, [512, 512, 512, 512]), 32, 'wasm')).toBe(false);
  });

  it('agrees with the medians of five runs around the threshold (lab ÷ wasm per CPU second, Node and page)', () => {
    // 32 × 10 with batches of 128 (108k per layer and step): 1.08 and 1.09, the array engine; it had
    // read 0.76 in a single run. 64 × 2 with 64 (91k): 1.38 and 1.27.
    expect(arrayEngineIsFaster(layers(2, Array.from({ length: 10 }, () => 32)), 128, 'wasm')).toBe(true);
    expect(arrayEngineIsFaster(layers(2, [64, 64]), 64, 'wasm')).toBe(true);
    // 32 × 10 with 192 (163k): 0.79 and 0.92, tfjs wasm.
    expect(arrayEngineIsFaster(layers(2, Array.from({ length: 10 }, () => 32)), 192, 'wasm')).toBe(false);
  });

  it('always picks the array engine on cpu, which it beats at every measured size', () => {
    expect(arrayEngineIsFaster(layers(2, [512, 512, 512, 512]), 1024, 'cpu')).toBe(true);
  });

  it('keeps the demos\' default networks on the array engine', () => {
    const vanishing = layers(VANISHING_PRESET.inputSize, Array.from({ length: VANISHING_PRESET.depth }, () => VANISHING_PRESET.width));
    expect(arrayEngineIsFaster(vanishing, VANISHING_PRESET.batchSize, 'wasm')).toBe(true);
    // The dying-ReLU set-up trains on its whole training split (at most its data set's size).
    expect(arrayEngineIsFaster(layers(2, DYING_RELU_PRESET.hidden), DYING_RELU_PRESET.datasetSize, 'wasm')).toBe(true);
    // The spiral races: 16 × 16 on up to 500 points.
    expect(arrayEngineIsFaster(layers(2, [16, 16]), 500, 'wasm')).toBe(true);
  });
});

describe('train() with engine auto', () => {
  const run = async (hidden: number[], batchSize?: number) => {
    const model = buildModel({ inputSize: 2, hidden, activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed: 1 });
    try {
      const result = await train(model, spiral({ seed: 1, size: 400, testFraction: 0 }), { epochs: 1, learningRate: 0.01, ...(batchSize ? { batchSize } : {}) });
      return result.engine;
    } finally {
      model.dispose();
    }
  };

  it('follows the rule on wasm: small networks on the array engine, a 128-wide one on tfjs', async () => {
    await tf.setBackend('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(await run([8, 8])).toBe('lab');
    expect(await run([128, 128])).toBe('tfjs');
    expect(await run([128, 128], 8)).toBe('lab');
  });

  it('stays on the array engine on cpu whatever the size', async () => {
    await tf.setBackend('cpu');
    expect(await run([128, 128])).toBe('lab');
  });
});
