import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../lab/models/index.ts';
import type { Split } from '../../lab/types.ts';
import {
  deepBatch, deepNetworkConfig, gradientSnapshot, gradientTrackingPlan, initialGradientNorms, lastToFirstRatio, layerGradientNorms, VANISHING_PRESET,
  type GradientRunOptions, type GradientSnapshot,
} from '../../lab/analysis/index.ts';
import { runArms } from '../../lab/runs/run-arms.ts';
import type { ModelConfig, Dataset } from '../../lab/types.ts';

/** The experiment through the run orchestrator: its record and its gradient snapshots. */
async function trainTrackingGradients(config: ModelConfig, data: Dataset, options: GradientRunOptions & { onSnapshot?: (snapshot: GradientSnapshot) => void }) {
  const snapshots: GradientSnapshot[] = [];
  const outcome = await runArms(gradientTrackingPlan(config, data, options), {
    onProbe: (event) => {
      const snapshot = gradientSnapshot(event);
      if (!snapshot) return;
      snapshots.push(snapshot);
      options.onSnapshot?.(snapshot);
    },
  });
  return { result: outcome.records[0]!, snapshots };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});


// ---- An independent reference: the loss in float64 from the model's weights, differentiated numerically ----

type Matrix = number[][];

function toMatrix(tensor: tf.Tensor): Matrix {
  return tensor.arraySync() as Matrix;
}

function referenceLoss(kernels: Matrix[], biases: number[][], batch: Split): number {
  let total = 0;
  batch.xs.forEach((x, n) => {
    let a = x;
    kernels.forEach((kernel, l) => {
      const z = kernel[0]!.map((_, j) => a.reduce((sum, value, i) => sum + value * kernel[i]![j]!, biases[l]![j]!));
      a = l < kernels.length - 1 ? z.map(Math.tanh) : z;
    });
    const logit = a[0]!;
    total += Math.max(logit, 0) + Math.log1p(Math.exp(-Math.abs(logit))) - logit * batch.ys[n]!;
  });
  return total / batch.xs.length;
}

function referenceNorms(model: tf.Sequential, batch: Split): number[] {
  const weights = model.getWeights();
  const kernels = weights.filter((_, i) => i % 2 === 0).map(toMatrix);
  const biases = weights.filter((_, i) => i % 2 === 1).map((tensor) => Array.from(tensor.dataSync()));
  const h = 1e-6;
  return kernels.slice(0, -1).map((kernel, l) => {
    let sumOfSquares = 0;
    kernel.forEach((row, i) => row.forEach((value, j) => {
      const shifted = (delta: number) => {
        const copy = kernels.map((matrix) => matrix.map((r) => r.slice()));
        copy[l]![i]![j] = value + delta;
        return referenceLoss(copy, biases, batch);
      };
      sumOfSquares += ((shifted(h) - shifted(-h)) / (2 * h)) ** 2;
    }));
    return Math.sqrt(sumOfSquares);
  });
}

describe('layerGradientNorms', () => {
  it('matches ‖∂L/∂W‖ computed independently by finite differences in float64', async () => {
    const model = buildModel({ inputSize: 2, hidden: [3, 4, 2], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed: 11 });
    const batch: Split = { xs: [[0.5, -1], [1.5, 0.3], [-0.7, 0.9], [0.1, 0.2]], ys: [1, 0, 1, 0] };
    try {
      const before = tf.memory().numTensors;
      const norms = await layerGradientNorms(model, batch);
      expect(tf.memory().numTensors).toBe(before);
      const expected = referenceNorms(model, batch);
      expect(norms).toHaveLength(3);
      norms.forEach((norm, l) => expect(Math.abs(norm - expected[l]!) / expected[l]!).toBeLessThan(1e-3));
    } finally {
      model.dispose();
    }
  });

  it('refuses a model without hidden layers and a batch that does not fit', async () => {
    const single = buildModel({ inputSize: 2, hidden: [], activation: { id: 'relu' }, outputSize: 1, output: 'sigmoid', seed: 1 });
    const deep = buildModel({ inputSize: 2, hidden: [3], activation: { id: 'relu' }, outputSize: 1, output: 'sigmoid', seed: 1 });
    try {
      await expect(layerGradientNorms(single, { xs: [[1, 2]], ys: [1] })).rejects.toThrow(/no hidden layer/);
      await expect(layerGradientNorms(deep, { xs: [[1, 2, 3]], ys: [1] })).rejects.toThrow(/2 finite numbers/);
      await expect(layerGradientNorms(deep, { xs: [], ys: [] })).rejects.toThrow(/non-empty/);
    } finally {
      single.dispose();
      deep.dispose();
    }
  });
});

describe('vanishing gradients at the widget’s default seed (10 hidden layers of 32)', () => {
  it('sigmoid with Glorot: the first layer’s gradient is at least 100× smaller than the last’s', async () => {
    const norms = await initialGradientNorms('sigmoid', 'glorot');
    expect(norms).toHaveLength(10);
    expect(lastToFirstRatio(norms)).toBeGreaterThanOrEqual(100);
    // The shrinking is steady: every layer's gradient is smaller than the next one's.
    norms.slice(0, -1).forEach((norm, l) => expect(norm).toBeLessThan(norms[l + 1]!));
  });

  it.each([['relu', 'he'], ['selu', 'lecun']] as const)('%s with %s: first and last layer within 10× of each other', async (activation, initializer) => {
    const ratio = lastToFirstRatio(await initialGradientNorms(activation, initializer));
    expect(ratio).toBeGreaterThanOrEqual(0.1);
    expect(ratio).toBeLessThanOrEqual(10);
  });
});

describe('lastToFirstRatio', () => {
  it('divides the last norm by the first, and says when that is impossible', () => {
    expect(lastToFirstRatio([0.01, 0.5, 2])).toBeCloseTo(200, 10);
    expect(lastToFirstRatio([0, 1])).toBe(Infinity);
    expect(lastToFirstRatio([0, 0])).toBeNaN();
    expect(lastToFirstRatio([])).toBeNaN();
  });
});

describe('deepBatch', () => {
  it('is reproducible, the right shape, and has both classes', () => {
    const a = deepBatch({ seed: 4 });
    expect(deepBatch({ seed: 4 })).toEqual(a);
    expect(deepBatch({ seed: 5 }).train.xs).not.toEqual(a.train.xs);
    expect(a.train.xs).toHaveLength(VANISHING_PRESET.batchSize);
    expect(a.train.xs[0]).toHaveLength(VANISHING_PRESET.inputSize);
    const ones = a.train.ys.filter((y) => y === 1).length;
    expect(ones).toBeGreaterThan(20);
    expect(ones).toBeLessThan(a.train.ys.length - 20);
    expect(() => deepBatch({ seed: 1, size: 1 })).toThrow(/size/);
  });
});

describe('trainTrackingGradients', () => {
  const { seed, inputSize } = VANISHING_PRESET;
  const config = deepNetworkConfig({ activation: { id: 'tanh' }, initializer: 'glorot', seed, depth: 3, width: 8, inputSize });
  const data = deepBatch({ seed, size: 32, inputSize });

  it('records the gradients at initialisation, every few epochs and at the end, and frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const seen: number[] = [];
    const run = await trainTrackingGradients(config, data, {
      epochs: 12, learningRate: 0.1, optimizer: 'sgd', measureEvery: 5, onSnapshot: (snapshot) => seen.push(snapshot.epoch),
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(run.result.status).toBe('done');
    expect(run.snapshots.map((snapshot) => snapshot.epoch)).toEqual([0, 5, 10, 12]);
    expect(seen).toEqual([0, 5, 10, 12]);
    expect(run.snapshots.every((snapshot) => snapshot.norms.length === 3 && snapshot.norms.every((n) => n > 0))).toBe(true);
    expect(run.snapshots[0]!.loss).toBeNaN();
    expect(run.snapshots[3]!.loss).toBeLessThan(0.75);
    expect(run.snapshots[3]!.norms).not.toEqual(run.snapshots[0]!.norms);
  });

  it('builds and measures in later tasks than the caller’s, one step per task', async () => {
    const events: string[] = [];
    const running = trainTrackingGradients(config, data, {
      epochs: 2, learningRate: 0.1, optimizer: 'sgd', measureEvery: 1, onSnapshot: (snapshot) => {
        events.push(`snapshot ${snapshot.epoch}`);
        if (snapshot.epoch === 0) queueMicrotask(() => events.push('microtask after snapshot 0'));
      },
    });
    expect(events).toEqual([]);
    await running;
    expect(events).toEqual(['snapshot 0', 'microtask after snapshot 0', 'snapshot 1', 'snapshot 2']);
  });

  it('gives the same snapshots for the same seed', async () => {
    const options = { epochs: 6, learningRate: 0.1, optimizer: 'sgd' as const, measureEvery: 3 };
    const first = await trainTrackingGradients(config, data, options);
    const second = await trainTrackingGradients(config, data, options);
    expect(second.snapshots).toEqual(first.snapshots);
  });

  it('refuses a measuring interval that is not a positive whole number', () => {
    expect(() => gradientTrackingPlan(config, data, { epochs: 2, learningRate: 0.1, measureEvery: 0 })).toThrow(/measureEvery/);
  });
});
