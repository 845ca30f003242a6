/**
 * lab's run orchestrator: arms × seeds in a fixed order, uniform records (engine, backend, metrics,
 * timings, probe readings), progress over all runs, Stop, errors, and every probe a view can ask for.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetBounds, makeDataset, linearRegression } from '../../lab/datasets/index.ts';
import { runArms, consecutiveSeeds } from '../../lab/runs/run-arms.ts';
import type { ArmSpec, ProbeEvent, RunPlan, RunProgress } from '../../lab/runs/plan.ts';
import type { ProbeRequest } from '../../lab/runs/probes/probe-types.ts';
import type { ActivationChoice, ModelConfig } from '../../lab/types.ts';

const xor = makeDataset('xor', { size: 80, seed: 2 });
const EPOCHS = 12;
const recipe = { epochs: EPOCHS, learningRate: 0.05, optimizer: 'adam' as const, evaluateEvery: 4 };

function denseConfig(activation: ActivationChoice, hidden = [4]): Omit<ModelConfig, 'seed'> {
  return { inputSize: 2, hidden, activation, outputSize: 1, output: 'sigmoid', inputScale: 0.2 };
}

function arm(id: string, activation: string, probes: ProbeRequest[] = [], hidden = [4]): ArmSpec {
  return {
    id,
    model: { kind: 'dense', config: denseConfig({ id: activation }, hidden) },
    dataset: xor,
    train: recipe,
    probes,
  };
}

const twoArms = (): RunPlan => ({ arms: [arm('relu', 'relu'), arm('tanh', 'tanh')], seeds: [40, 41, 42] });

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('consecutiveSeeds', () => {
  it('counts up from the base seed, wrapping at 2³²', () => {
    expect(consecutiveSeeds(7, 3)).toEqual([7, 8, 9]);
    expect(consecutiveSeeds(4294967295, 2)).toEqual([4294967295, 0]);
  });
});

describe('runArms', () => {
  it('trains every arm once per seed, seed by seed, and records each run the same way', async () => {
    const before = tf.memory().numTensors;
    const started: string[] = [];
    const progress: RunProgress[] = [];
    const outcome = await runArms(twoArms(), {
      onRunStart: (run) => started.push(`${run.arm}@${run.seed}`),
      onProgress: (event) => progress.push(event),
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(started).toEqual(['relu@40', 'tanh@40', 'relu@41', 'tanh@41', 'relu@42', 'tanh@42']);
    expect(outcome).toMatchObject({ stopped: false, totalRuns: 6, totalEpochs: 6 * EPOCHS, epochsDone: 6 * EPOCHS });
    expect(outcome.records.map((run) => [run.index, run.seedIndex])).toEqual([[0, 0], [1, 0], [2, 1], [3, 1], [4, 2], [5, 2]]);
    for (const run of outcome.records) {
      expect(run).toMatchObject({ status: 'done', epochs: EPOCHS, engine: 'lab', backend: 'cpu' });
      expect(run.metrics.testAccuracy).toBeGreaterThanOrEqual(0);
      expect(run.history).toHaveLength(EPOCHS);
      expect(run.timings.elapsedMs).toBeGreaterThan(0);
    }
    const done = progress.map((event) => event.epochsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.every((event) => event.totalEpochs === 6 * EPOCHS)).toBe(true);
  });

  it('gives the same numbers for the same seeds, in turn or together, on either engine', async () => {
    const accuracies = async (plan: RunPlan) => (await runArms(plan)).records.map((run) => [run.arm, run.seed, run.metrics.loss]);
    const inTurn = await accuracies(twoArms());
    expect(await accuracies({ ...twoArms(), schedule: 'together' })).toEqual(inTurn);
    const onTfjs = await runArms({ ...twoArms(), engine: 'tfjs' });
    expect(onTfjs.records.every((run) => run.engine === 'tfjs')).toBe(true);
    onTfjs.records.forEach((run, i) => expect(run.metrics.loss).toBeCloseTo(inTurn[i]![2] as number, 4));
  });

  it('interleaves the arms of a seed when they train together', async () => {
    const order: string[] = [];
    await runArms({ arms: [arm('a', 'relu'), arm('b', 'tanh')], seeds: [1], schedule: 'together', sliceBudgetMs: 0.01 }, {
      onProgress: ({ run }) => order.push(run.arm),
    });
    expect(order.indexOf('b')).toBeLessThan(order.lastIndexOf('a'));
  });

  it('keeps the runs that finished when stopped, and drops the one in progress', async () => {
    const controller = new AbortController();
    const outcome = await runArms({ ...twoArms(), signal: controller.signal }, {
      onRunEnd: (run) => {
        if (run.index === 2) controller.abort();
      },
    });
    expect(outcome.stopped).toBe(true);
    expect(outcome.records.map((run) => run.index)).toEqual([0, 1, 2]);
    expect(outcome.epochsDone).toBe(3 * EPOCHS);
  });

  it('records a failing run as an error and goes on when asked to, and otherwise stops at it', async () => {
    const broken: ArmSpec = { ...arm('broken', 'relu'), model: { kind: 'dense', config: { ...denseConfig({ id: 'relu' }), inputSize: 3 } } };
    const plan: RunPlan = { arms: [broken, arm('fine', 'tanh')], seeds: [5] };
    const outcome = await runArms({ ...plan, continueOnError: true });
    expect(outcome.records.map((run) => run.status)).toEqual(['error', 'done']);
    expect(outcome.records[0]!.message).toMatch(/3 inputs|expects 3/);
    await expect(runArms(plan)).rejects.toThrow(/inputs/);
  });

  it('refuses a plan without arms or seeds, or with repeated arm ids', async () => {
    await expect(runArms({ arms: [], seeds: [1] })).rejects.toThrow(/at least one arm/);
    await expect(runArms({ arms: [arm('a', 'relu')], seeds: [] })).rejects.toThrow(/at least one seed/);
    await expect(runArms({ arms: [arm('a', 'relu'), arm('a', 'tanh')], seeds: [1] })).rejects.toThrow(/unique/);
  });
});

describe('probes', () => {
  async function probeRun(probes: ProbeRequest[], overrides: Partial<ArmSpec> = {}, seeds = [3]) {
    const events: ProbeEvent[] = [];
    const before = tf.memory().numTensors;
    const outcome = await runArms({ arms: [{ ...arm('probed', 'relu', probes, [4, 4]), ...overrides }], seeds }, { onProbe: (event) => events.push(event) });
    expect(tf.memory().numTensors).toBe(before);
    return { events, records: outcome.records };
  }

  it('samples the decision grid live and once more at the end', async () => {
    const bounds = datasetBounds(xor);
    const { events, records } = await probeRun([{ id: 'decision-grid', bounds, resolution: 8, intervalMs: 0 }]);
    expect(events.length).toBeGreaterThan(1);
    const grid = records[0]!.probes['decision-grid']!;
    expect(grid.resolution).toBe(8);
    expect(grid.values).toHaveLength(64);
  });

  it('reads the dense weights at the start, at every report when live, and at the end', async () => {
    const { events, records } = await probeRun([{ id: 'weights', live: true }]);
    expect(events.map((event) => event.epoch)).toEqual([0, 4, 8, 12]);
    const layers = records[0]!.probes.weights!;
    expect(layers.map((layer) => [layer.inputs, layer.units])).toEqual([[2, 4], [4, 4], [4, 1]]);
    expect(layers[0]!.kernel).toHaveLength(8);
    expect(layers[0]!.kernel).not.toEqual((events[0]!.data as typeof layers)[0]!.kernel);
  });

  it('counts dead units and measures gradient norms at the start and every few epochs', async () => {
    const { events } = await probeRun([{ id: 'dead-units', every: 4 }, { id: 'gradient-norms', every: 8 }]);
    const dead = events.filter((event) => event.probe === 'dead-units');
    const norms = events.filter((event) => event.probe === 'gradient-norms');
    expect(dead.map((event) => event.epoch)).toEqual([0, 4, 8, 12]);
    expect(norms.map((event) => event.epoch)).toEqual([0, 8, 12]);
    expect(dead[0]!.progress).toBeUndefined();
    expect(dead[1]!.progress?.epoch).toBe(4);
    for (const event of norms) expect(event.data).toHaveLength(2);
  });

  it("reads trainable β values, a learned mix's coefficients (live for the first seed only) and a line", async () => {
    const swish = await probeRun([{ id: 'betas' }], { model: { kind: 'dense', config: denseConfig({ id: 'swish', params: { trainable: 1 } }, [4, 4]) } });
    expect(swish.records[0]!.engine).toBe('lab');
    expect(swish.records[0]!.probes.betas, 'one row of β per hidden layer').toHaveLength(2);

    const learned = await probeRun([{ id: 'coefficients', live: 'first-seed' }], {
      model: { kind: 'learned-mix', config: { inputSize: 2, hidden: [4], outputSize: 1, output: 'sigmoid', bases: ['identity', 'relu'], mode: 'convex' } },
    }, [1, 2]);
    expect(new Set(learned.events.map((event) => event.run.seedIndex))).toEqual(new Set([0]));
    for (const record of learned.records) expect(record.probes.coefficients![0]!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);

    const lineData = linearRegression({ slope: 2, intercept: 1, noise: 0.1, size: 60, seed: 4 });
    const line = await probeRun([{ id: 'line' }], {
      model: { kind: 'dense', config: { inputSize: 1, hidden: [], activation: { id: 'linear' }, outputSize: 1, output: 'linear' } },
      dataset: lineData,
      train: { epochs: 200, learningRate: 0.1, optimizer: 'adam' },
    });
    expect(line.records[0]!.probes.line!.w).toBeGreaterThan(1);
  });

  it('collapses a finished linear network and checks it against itself', async () => {
    const { records } = await probeRun([{ id: 'collapse-check' }], {
      model: { kind: 'dense', config: { inputSize: 2, hidden: [3, 3], activation: { id: 'linear' }, outputSize: 1, output: 'sigmoid' } },
    });
    const check = records[0]!.probes['collapse-check']!;
    expect(check.layer.weights).toHaveLength(2);
    expect(check.comparison.maxOutputDifference).toBeLessThan(1e-4);
  });
});
