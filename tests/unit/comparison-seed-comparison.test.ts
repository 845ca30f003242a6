import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDataset } from '../../lab/datasets/index.ts';
import { buildModel } from '../../lab/models/index.ts';
import { comparisonSeeds, runSeedComparison, type ComparisonArm, type ComparisonPlan } from '../../lab/comparison/seed-comparison.ts';
import type { ActivationChoice } from '../../lab/types.ts';

const dataset = makeDataset('xor', { size: 80, seed: 2 });
const EPOCHS = 12;

function arm(id: string, choice: ActivationChoice, probe?: (model: tf.Sequential) => number): ComparisonArm<number> {
  return {
    id,
    label: id,
    build: (seed) => buildModel({ inputSize: 2, hidden: [4], activation: choice, outputSize: 1, output: 'sigmoid', inputScale: 0.2, seed }),
    ...(probe ? { probe } : {}),
  };
}

function plan(overrides: Partial<ComparisonPlan<number>> = {}): ComparisonPlan<number> {
  return {
    arms: [arm('relu', { id: 'relu' }, (model) => model.countParams()), arm('tanh', { id: 'tanh' })],
    dataset,
    baseSeed: 40,
    seedCount: 3,
    train: { epochs: EPOCHS, learningRate: 0.05, optimizer: 'adam', evaluateEvery: 6 },
    ...overrides,
  };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('comparisonSeeds', () => {
  it('counts up from the base seed, wrapping at 2³²', () => {
    expect(comparisonSeeds(7, 3)).toEqual([7, 8, 9]);
    expect(comparisonSeeds(4294967295, 2)).toEqual([4294967295, 0]);
  });
});

describe('runSeedComparison', () => {
  it('trains every arm once per seed, seed by seed, probing and reporting each run', async () => {
    const before = tf.memory().numTensors;
    const started: string[] = [];
    const overall: number[] = [];
    const outcome = await runSeedComparison(plan({
      onRunStart: (run) => started.push(`${run.armId}@${run.seed}`),
      onProgress: (progress) => overall.push(progress.overall),
    }));
    expect(tf.memory().numTensors).toBe(before);
    expect(outcome.stopped).toBe(false);
    expect(outcome.totalRuns).toBe(6);
    expect(started).toEqual(['relu@40', 'tanh@40', 'relu@41', 'tanh@41', 'relu@42', 'tanh@42']);
    expect(outcome.runs.map((run) => run.index)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const run of outcome.runs) {
      expect(run.status).toBe('done');
      expect(run.epochs).toBe(EPOCHS);
      expect(run.testAccuracy).toBeGreaterThanOrEqual(0);
      expect(run.testAccuracy).toBeLessThanOrEqual(1);
    }
    expect(outcome.runs.filter((run) => run.armId === 'relu').map((run) => run.probe)).toEqual([17, 17, 17]);
    expect(outcome.runs.filter((run) => run.armId === 'tanh').every((run) => run.probe === undefined)).toBe(true);
    expect(overall.every((value, i) => i === 0 || value >= overall[i - 1]!)).toBe(true);
    expect(overall[overall.length - 1]).toBe(1);
  });

  it('gives the same results for the same base seed and different ones for another', async () => {
    const accuracies = async (baseSeed: number) =>
      (await runSeedComparison(plan({ baseSeed, seedCount: 2 }))).runs.map((run) => [run.testAccuracy, run.trainLoss]);
    const first = await accuracies(5);
    expect(await accuracies(5)).toEqual(first);
    expect(await accuracies(6)).not.toEqual(first);
  });

  it('stops at once when the signal is aborted, keeping the runs that finished and leaking nothing', async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const outcome = await runSeedComparison(plan({
      signal: controller.signal,
      onRunComplete: (run) => {
        if (run.index === 1) controller.abort();
      },
    }));
    expect(outcome.stopped).toBe(true);
    expect(outcome.runs).toHaveLength(2);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('records a diverged run without accuracy or probe', async () => {
    const outcome = await runSeedComparison(plan({ seedCount: 1, train: { epochs: 30, learningRate: 1e30, optimizer: 'sgd', evaluateEvery: 1 } }));
    const diverged = outcome.runs.filter((run) => run.status === 'diverged');
    expect(diverged.length).toBeGreaterThan(0);
    for (const run of diverged) {
      expect(run.testAccuracy).toBeUndefined();
      expect(run.probe).toBeUndefined();
      expect(run.message).toMatch(/diverged/);
    }
  });

  it('builds each network in a task of its own, after the caller’s and after the previous run ended', async () => {
    const events: string[] = [];
    const logged = (base: ComparisonArm<number>): ComparisonArm<number> => ({ ...base, build: (seed) => { events.push(`build ${base.id}`); return base.build(seed); } });
    const running = runSeedComparison(plan({
      arms: [logged(arm('relu', { id: 'relu' })), logged(arm('tanh', { id: 'tanh' }))],
      seedCount: 1,
      onRunComplete: (run) => {
        events.push(`done ${run.armId}`);
        queueMicrotask(() => events.push('microtask after done'));
      },
    }));
    expect(events).toEqual([]);
    await running;
    expect(events).toEqual(['build relu', 'done relu', 'microtask after done', 'build tanh', 'done tanh', 'microtask after done']);
  });

  it('refuses plans it cannot run, saying why', async () => {
    await expect(runSeedComparison(plan({ arms: [] }))).rejects.toThrow(/at least one arm/);
    await expect(runSeedComparison(plan({ seedCount: 0 }))).rejects.toThrow(/number of seeds/);
    await expect(runSeedComparison(plan({ arms: [arm('a', { id: 'relu' }), arm('a', { id: 'tanh' })] }))).rejects.toThrow(/unique/);
    await expect(runSeedComparison(plan({ dataset: { ...dataset, test: { xs: [], ys: [] } } }))).rejects.toThrow(/test split/);
  });
});
