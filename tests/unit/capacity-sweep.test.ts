import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
  capacityPlan, capacityRun, capacityWidths, DEFAULT_CAPACITY_SEED, DEFAULT_DEPTH, noisyCircle, summariseSweep, type SweepSettings,
} from '../../lab/capacity/index.ts';
import { runArms, type RunListener } from '../../lab/runs/index.ts';

/** The sweep through the run orchestrator, its records read as the sweep's runs. */
async function runCapacitySweep(settings: SweepSettings & { signal?: AbortSignal }, listener: RunListener = {}) {
  const outcome = await runArms({ ...capacityPlan(settings), ...(settings.signal ? { signal: settings.signal } : {}) }, listener);
  const widths = capacityWidths(settings.depth);
  return { stopped: outcome.stopped, runs: outcome.records.map((record, index) => capacityRun(record, widths[index]!, settings.depth)) };
}

/** The widget's target: both ends at least this many times the best test loss. The default seed gives 2.06. */
const U_SHAPE_TARGET = 1.2;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the capacity sweep with the widget defaults', () => {
  it('shows the classic U: test loss lowest in between, training loss falling with width', async () => {
    const seed = DEFAULT_CAPACITY_SEED;
    const before = tf.memory().numTensors;
    const started: number[] = [];
    const outcome = await runCapacitySweep({ dataset: noisyCircle(seed), seed, depth: DEFAULT_DEPTH }, { onRunStart: (run) => started.push(Number(run.arm.replace('width-', ''))) });
    expect(tf.memory().numTensors).toBe(before);

    const widths = capacityWidths(DEFAULT_DEPTH);
    expect(outcome.stopped).toBe(false);
    expect(started).toEqual([...widths]);
    expect(outcome.runs.map((run) => run.width)).toEqual([...widths]);
    const summary = summariseSweep(outcome.runs)!;
    expect(summary.bestWidth).toBeGreaterThan(widths[0]!);
    expect(summary.bestWidth).toBeLessThan(widths[widths.length - 1]!);
    expect(summary.uShapeRatio).toBeGreaterThanOrEqual(U_SHAPE_TARGET);

    const narrowest = outcome.runs[0]!;
    const widest = outcome.runs[outcome.runs.length - 1]!;
    expect(widest.trainLoss, 'the widest network fits its training set far better').toBeLessThan(narrowest.trainLoss / 3);
    expect(widest.testLoss - widest.trainLoss, 'and its generalisation gap is the largest').toBeGreaterThan(
      Math.max(...outcome.runs.slice(0, -1).map((run) => run.testLoss - run.trainLoss)) * 0.5,
    );
    expect(widest.curve.length).toBeGreaterThan(10);
    const lowestTest = Math.min(...widest.curve.map((point) => point.testLoss));
    expect(widest.testLoss, 'the widest network’s test loss turned upwards during training').toBeGreaterThan(lowestTest * 1.5);
  });

  it('stops between runs and keeps the runs that finished', async () => {
    const controller = new AbortController();
    const outcome = await runCapacitySweep({
      dataset: noisyCircle(3),
      seed: 3,
      depth: 2,
      epochs: 50,
      signal: controller.signal,
    }, {
      onRunStart: (run) => {
        if (run.index === 2) controller.abort();
      },
    });
    expect(outcome.stopped).toBe(true);
    expect(outcome.runs.map((run) => run.width)).toEqual([1, 2]);
    expect(outcome.runs.every((run) => run.epochs === 50 && run.curve.length === 2)).toBe(true);
  });

  it('refuses settings it does not offer', () => {
    expect(() => capacityPlan({ dataset: noisyCircle(1), seed: 1, depth: 3 as never })).toThrow(/hidden layers must be 1 or 2/);
    expect(() => capacityPlan({ dataset: noisyCircle(1), seed: 1, depth: 1, epochs: 10 })).toThrow(/epochs must be a whole number from 50/);
  });
});
