import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { Dataset } from '../../lab/types.ts';
import { DEFAULT_EXPERIMENT } from '../../lab/experiments/limits.ts';
import type { ExperimentConfig } from '../../lab/experiments/definition.ts';
import { expandGrid } from '../../lab/experiments/expand-grid.ts';
import { loadExperimentDataset } from '../../lab/experiments/experiment-dataset.ts';
import { prepareGrid, runGrid, type GridProgress } from '../../lab/experiments/runner.ts';
import { gridSetup, type GridSetup } from '../../lab/experiments/grid-setup.ts';
import { epochsToTarget, thinHistory } from '../../lab/experiments/run-history.ts';
import { initializerFor } from '../../lab/experiments/experiment-model.ts';

const tiny: ExperimentConfig = {
  ...DEFAULT_EXPERIMENT,
  dataset: 'iris',
  activations: [{ id: 'relu', params: {} }, { id: 'tanh', params: {} }],
  width: 6,
  epochs: 12,
  seeds: 2,
  firstSeed: 3,
  targetAccuracy: 0.6,
};
let iris: Dataset;

beforeAll(async () => {
  await tf.setBackend('cpu');
  iris = await loadExperimentDataset(tiny);
});

const on = (config: ExperimentConfig, sliceBudgetMs?: number): Promise<GridSetup> =>
  gridSetup(config, iris, sliceBudgetMs === undefined ? {} : { sliceBudgetMs });

describe('expandGrid', () => {
  it('orders runs seed by seed, every activation within a seed, and numbers them', () => {
    const plans = expandGrid({ ...tiny, activations: [{ id: 'relu', params: {} }, { id: 'tanh', params: {} }, { id: 'elu', params: { alpha: 1 } }], seeds: 3, firstSeed: 7 });
    expect(plans.map((plan) => `${plan.seed}:${plan.activation.id}`)).toEqual([
      '7:relu', '7:tanh', '7:elu', '8:relu', '8:tanh', '8:elu', '9:relu', '9:tanh', '9:elu',
    ]);
    expect(plans.map((plan) => plan.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('copies the activation parameters, so a plan cannot change the config', () => {
    const config = { ...tiny, activations: [{ id: 'leaky-relu', params: { alpha: 0.2 } }], seeds: 1 };
    expandGrid(config)[0]!.activation.params.alpha = 0.5;
    expect(config.activations[0]!.params.alpha).toBe(0.2);
  });
});

describe('runGrid', () => {
  it('trains every run in grid order with its own seed, reporting progress up to the whole grid', async () => {
    const before = tf.memory().numTensors;
    const progress: GridProgress[] = [];
    const started: string[] = [];
    const outcome = await runGrid(await on(tiny), {
      onRunStart: (plan) => started.push(`${plan.seed}:${plan.activation.id}`),
      onProgress: (p) => progress.push(p),
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(outcome.stopped).toBe(false);
    expect(outcome.totalRuns).toBe(4);
    expect(started).toEqual(['3:relu', '3:tanh', '4:relu', '4:tanh']);
    expect(outcome.records.map((r) => `${r.seed}:${r.activation.id}`)).toEqual(started);
    expect(new Set(outcome.records.map((r) => r.gridId))).toEqual(new Set([outcome.gridId]));
    expect(new Set(outcome.records.map((r) => r.id)).size).toBe(4);
    for (const record of outcome.records) {
      expect(record.status).toBe('done');
      expect(record.backend).toBe('cpu');
      expect(record.epochs).toBe(12);
      expect(record.metrics.testAccuracy).toBeGreaterThanOrEqual(0);
      expect(record.metrics.testAccuracy).toBeLessThanOrEqual(1);
      expect(record.history.at(-1)!.epoch).toBe(12);
      expect(record.history.at(-1)!.loss).toBe(record.metrics.trainLoss);
    }
    const overall = progress.map((p) => p.overall);
    expect(overall).toEqual([...overall].sort((a, b) => a - b));
    expect(overall.at(-1)).toBeCloseTo(1, 10);
    expect(progress.filter((p) => p.cell.index === 2).at(-1)).toMatchObject({ epoch: 12, totalEpochs: 12, totalRuns: 4 });
  });

  it('gives the same numbers for the same seed, and different ones for a different seed', async () => {
    const one = { ...tiny, activations: [{ id: 'relu', params: {} }], seeds: 1 };
    const numbers = async (config: ExperimentConfig) => {
      const [record] = (await runGrid(await on(config))).records;
      return [record!.metrics.trainLoss, record!.metrics.testLoss, record!.metrics.testAccuracy, ...record!.history.map((h) => h.loss)];
    };
    const first = await numbers(one);
    expect(await numbers(one)).toEqual(first);
    expect(await numbers({ ...one, firstSeed: one.firstSeed + 1 })).not.toEqual(first);
  });

  it('stops between runs on abort, keeping the finished runs', async () => {
    const controller = new AbortController();
    const outcome = await runGrid(await on(tiny), {
      signal: controller.signal,
      onRunComplete: (record) => { if (record.index === 1) controller.abort(); },
    });
    expect(outcome.stopped).toBe(true);
    expect(outcome.records.map((r) => r.index)).toEqual([0, 1]);
  });

  it('waits for a promise returned by onRunComplete (e.g. saving the record) before starting the next run', async () => {
    const events: string[] = [];
    await runGrid(await on({ ...tiny, epochs: 2 }), {
      onRunStart: (plan) => events.push(`start ${plan.index}`),
      onRunComplete: async (record) => {
        events.push(`saving ${record.index}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push(`saved ${record.index}`);
      },
    });
    expect(events).toEqual(['start 0', 'saving 0', 'saved 0', 'start 1', 'saving 1', 'saved 1', 'start 2', 'saving 2', 'saved 2', 'start 3', 'saving 3', 'saved 3']);
  });

  it('stops in the middle of a run, keeping the finished runs and dropping the unfinished one', async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const long = { ...tiny, epochs: 120 };
    const outcome = await runGrid(await on(long, 1), {
      signal: controller.signal,
      onProgress: (p) => { if (p.cell.index === 2 && p.epoch >= 24) controller.abort(); },
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(outcome.stopped).toBe(true);
    expect(outcome.records.map((r) => `${r.seed}:${r.activation.id}`)).toEqual(['3:relu', '3:tanh']);
    expect(outcome.records.every((r) => r.epochs === 120)).toBe(true);
  });

  it('runs nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await runGrid(await on(tiny), { signal: controller.signal });
    expect(outcome).toMatchObject({ stopped: true, records: [], totalRuns: 4 });
  });

  it('records a diverging run as diverged, without accuracies, and goes on with the grid', async () => {
    const wild: ExperimentConfig = { ...tiny, optimizer: 'sgd', learningRate: 10, epochs: 60, depth: 3, width: 32, seeds: 1,
      activations: [{ id: 'linear', params: { c: 3 } }, { id: 'tanh', params: {} }] };
    const outcome = await runGrid(await on(wild));
    const [linear, tanh] = outcome.records;
    expect(linear).toMatchObject({ status: 'diverged', metrics: { testAccuracy: null, trainLoss: null, epochsToTarget: null } });
    expect(linear!.message).toMatch(/diverged at epoch \d+/);
    expect(tanh!.activation.id).toBe('tanh');
  });

  it('loads the data set from the config when none is given', async () => {
    const outcome = await runGrid(await prepareGrid({ ...tiny, dataset: 'circle', seeds: 1, activations: [{ id: 'relu', params: {} }], epochs: 3 }));
    expect(outcome.records[0]!.config.dataset).toBe('circle');
    expect(outcome.records[0]!.status).toBe('done');
  });
});

describe('run history', () => {
  const history = Array.from({ length: 500 }, (_, i) => ({
    epoch: i + 1, loss: 1 / (i + 1), ...((i + 1) % 10 === 0 ? { testAccuracy: Math.min(1, (i + 1) / 300) } : {}),
  }));

  it('finds the first measured epoch at or above the target', () => {
    expect(epochsToTarget(history, 0.5)).toBe(150);
    expect(epochsToTarget(history, 1)).toBe(300);
    expect(epochsToTarget(history.slice(0, 100), 0.5)).toBeNull();
    expect(epochsToTarget(history, null)).toBeNull();
  });

  it('thins to at most 100 points, keeping the first and last epochs', () => {
    const thin = thinHistory(history);
    expect(thin).toHaveLength(100);
    expect(thin[0]!.epoch).toBe(1);
    expect(thin.at(-1)).toEqual({ epoch: 500, loss: 1 / 500, testAccuracy: 1 });
    expect(thinHistory(history.slice(0, 40))).toHaveLength(40);
  });
});

describe('initializerFor', () => {
  it('pairs auto with He for the ReLU family, LeCun for SELU, Glorot otherwise, and obeys an explicit choice', () => {
    expect(['relu', 'leaky-relu', 'swish', 'gelu', 'selu', 'tanh', 'sigmoid'].map((id) => initializerFor('auto', id)))
      .toEqual(['he', 'he', 'he', 'he', 'lecun', 'glorot', 'glorot']);
    expect(initializerFor('glorot', 'relu')).toBe('glorot');
  });
});
