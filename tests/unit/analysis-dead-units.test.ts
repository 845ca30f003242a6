import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../lab/models/index.ts';
import { makeDataset } from '../../lab/datasets/index.ts';
import type { ActivationChoice } from '../../lab/types.ts';
import {
  countDeadUnits, deadUnitSnapshot, dyingReluPlan, DYING_RELU_PRESET, hiddenActivations, type DeadUnitSnapshot, type DyingReluConfig,
} from '../../lab/analysis/index.ts';
import { runArms } from '../../lab/runs/run-arms.ts';

/** The experiment through the run orchestrator: its records and the dead-unit snapshots in arrival order. */
async function runDyingRelu(config: DyingReluConfig, onSnapshot?: (snapshot: DeadUnitSnapshot) => void) {
  const snapshots: DeadUnitSnapshot[] = [];
  const outcome = await runArms(dyingReluPlan(config), {
    onProbe: (event) => {
      const snapshot = deadUnitSnapshot(event, config.epochs);
      if (!snapshot) return;
      snapshots.push(snapshot);
      onSnapshot?.(snapshot);
    },
  });
  const [relu, leaky] = outcome.records;
  return { results: { relu: relu!, leaky: leaky! }, snapshots };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const INPUTS = [[1, 2], [-1, 0.5], [3, -2], [0.2, 0.1]];

/**
 * Two hidden layers with weights set by hand.
 * Layer 1: unit 0 = f(x₁) is alive; unit 1 = f(−1) and unit 2 = f(x₁ + x₂ − 10) never see a positive input.
 * Layer 2: unit 0 = f(−u₀ + 5u₁ + 5u₂) is never positive (u₀ ≥ 0 and u₁ = u₂ = 0 under ReLU); unit 1 = f(u₀ + 0.5) is alive.
 */
function handBuilt(activation: ActivationChoice): tf.Sequential {
  const model = buildModel({ inputSize: 2, hidden: [3, 2], activation, outputSize: 1, output: 'sigmoid', seed: 1 });
  model.setWeights([
    tf.tensor2d([[1, 0, 1], [0, 0, 1]]), tf.tensor1d([0, -1, -10]),
    tf.tensor2d([[-1, 1], [5, 0], [5, 0]]), tf.tensor1d([0, 0.5]),
    tf.tensor2d([[1], [1]]), tf.tensor1d([0]),
  ]);
  return model;
}

function countOn(model: tf.Sequential) {
  const xs = tf.tensor2d(INPUTS);
  try {
    return countDeadUnits(model, xs);
  } finally {
    xs.dispose();
  }
}

describe('countDeadUnits on a hand-built network', () => {
  it('finds the ReLU units that output zero for every input, layer by layer', () => {
    const model = handBuilt({ id: 'relu' });
    const before = tf.memory().numTensors;
    const report = countOn(model);
    expect(tf.memory().numTensors).toBe(before);
    expect(report.layers).toEqual([
      { units: 3, dead: 2, neverPositive: 2 },
      { units: 2, dead: 1, neverPositive: 1 },
    ]);
    expect(report.deadFraction).toBeCloseTo(3 / 5, 12);
    model.dispose();
  });

  it('counts no dead units for leaky ReLU with the same weights, though the same units stay negative', () => {
    const model = handBuilt({ id: 'leaky-relu', params: { alpha: 0.1 } });
    const report = countOn(model);
    expect(report.layers).toEqual([
      { units: 3, dead: 0, neverPositive: 2 },
      { units: 2, dead: 0, neverPositive: 1 },
    ]);
    expect(report.deadFraction).toBe(0);
    model.dispose();
  });

  it('revives a unit when one input reaches it: a unit is dead only if it is zero for every input', () => {
    const model = handBuilt({ id: 'relu' });
    const xs = tf.tensor2d([...INPUTS, [6, 6]]);
    const report = countDeadUnits(model, xs);
    expect(report.layers[0]).toEqual({ units: 3, dead: 1, neverPositive: 1 });
    tf.dispose([xs]);
    model.dispose();
  });

  it('refuses an empty batch and a model without hidden layers', () => {
    const model = handBuilt({ id: 'relu' });
    const single = buildModel({ inputSize: 2, hidden: [], activation: { id: 'relu' }, outputSize: 1, output: 'sigmoid', seed: 1 });
    const empty = tf.zeros([0, 2]) as tf.Tensor2D;
    const one = tf.tensor2d([[1, 1]]);
    expect(() => countDeadUnits(model, empty)).toThrow(/non-empty/);
    expect(() => countDeadUnits(single, one)).toThrow(/no hidden layer/);
    tf.dispose([empty, one]);
    model.dispose();
    single.dispose();
  });
});

describe('hiddenActivations', () => {
  it('returns each hidden layer’s output whether the activation is fused or a separate layer', () => {
    // x = (1, 2): layer 1 pre-activations (1, −1, −7). Layer 2 pre-activations: ReLU (−1, 1.5);
    // leaky (−1 + 5·(−0.1) + 5·(−0.7), 1 + 0.5) = (−5, 1.5).
    const expected = {
      relu: [[1, 0, 0], [0, 1.5]],
      'leaky-relu': [[1, -0.1, -0.7], [-0.5, 1.5]],
    };
    for (const activation of [{ id: 'relu' }, { id: 'leaky-relu', params: { alpha: 0.1 } }] as const) {
      const model = handBuilt(activation);
      const outputs = tf.tidy(() => hiddenActivations(model, tf.tensor2d([[1, 2]])).map((t) => Array.from(t.dataSync())));
      expect(outputs).toHaveLength(2);
      outputs.forEach((layer, l) => layer.forEach((value, j) => expect(value).toBeCloseTo(expected[activation.id][l]![j]!, 6)));
      model.dispose();
    }
  });
});

describe('runDyingRelu with the widget’s defaults', () => {
  it('kills at least 30% of the ReLU units, none of the leaky ones, from the same start, and frees every tensor', async () => {
    const p = DYING_RELU_PRESET;
    const dataset = makeDataset(p.dataset, { seed: p.seed, size: p.datasetSize, noise: p.noise });
    const before = tf.memory().numTensors;
    const run = await runDyingRelu({
      dataset, hidden: [...p.hidden], seed: p.seed, learningRate: p.learningRate, epochs: p.epochs, measureEvery: p.measureEvery,
      leakyAlpha: p.leakyAlpha, optimizer: p.optimizer, initializer: p.initializer, inputScale: p.inputScale,
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(run.results.relu.status).toBe('done');
    expect(run.results.leaky.status).toBe('done');
    const series = (arm: 'relu' | 'leaky') => run.snapshots.filter((snapshot) => snapshot.arm === arm);
    const epochs = Array.from({ length: p.epochs / p.measureEvery + 1 }, (_, i) => i * p.measureEvery);
    expect(series('relu').map((snapshot) => snapshot.epoch)).toEqual(epochs);
    expect(series('leaky').map((snapshot) => snapshot.epoch)).toEqual(epochs);

    const [reluStart, leakyStart] = [series('relu')[0]!, series('leaky')[0]!];
    // Same initial weights: the first layer's never-positive units coincide before training.
    expect(leakyStart.report.layers[0]!.neverPositive).toBe(reluStart.report.layers[0]!.neverPositive);

    const reluEnd = series('relu').at(-1)!.report;
    expect(reluEnd.deadFraction).toBeGreaterThanOrEqual(0.3);
    expect(reluEnd.deadFraction).toBeGreaterThan(reluStart.report.deadFraction);
    expect(series('leaky').every((snapshot) => snapshot.report.deadFraction === 0)).toBe(true);
  });

  it('builds both networks in later tasks than the caller’s, and passes the slice budget on without changing the counts', async () => {
    const p = DYING_RELU_PRESET;
    const dataset = makeDataset(p.dataset, { seed: p.seed, size: 60, noise: p.noise });
    const events: string[] = [];
    const config = {
      dataset, hidden: [6, 6], seed: p.seed, learningRate: p.learningRate, epochs: 6, measureEvery: 3,
      leakyAlpha: p.leakyAlpha, optimizer: p.optimizer, initializer: p.initializer, inputScale: p.inputScale,
    };
    const running = runDyingRelu({ ...config, sliceBudgetMs: 0.01 }, (snapshot) => events.push(`${snapshot.arm} ${snapshot.epoch}`));
    expect(events).toEqual([]);
    const sliced = await running;
    const whole = await runDyingRelu(config);
    const byArmAndEpoch = (run: typeof whole) => run.snapshots.map(({ arm, epoch, report }) => ({ arm, epoch, report }))
      .sort((a, b) => a.arm.localeCompare(b.arm) || a.epoch - b.epoch);
    expect(byArmAndEpoch(sliced)).toEqual(byArmAndEpoch(whole));
    expect(events.filter((event) => event.endsWith(' 0')).sort()).toEqual(['leaky 0', 'relu 0']);
  });
});
