/**
 * The chapter-4 demos' default settings reach their targets through lab's run orchestrator (the
 * end-to-end tests rely on it), hand back their maps, and leave no tensors behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_RACERS, RACE_DEFAULTS, RACE_TARGET } from '../../components/widgets/activation-race/race-config.ts';
import { raceDataset, racePlan } from '../../components/widgets/activation-race/race-plan.ts';
import { SOFTMAX_DEFAULTS, SOFTMAX_TARGET } from '../../components/widgets/softmax-classes/softmax-config.ts';
import { softmaxDataset, softmaxPlan } from '../../components/widgets/softmax-classes/softmax-plan.ts';
import { runArms } from '../../lab/runs/run-arms.ts';
import type { GridPrediction } from '../../lab/types.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('chapter 4 demo defaults', () => {
  it('the race: with the default seed, ReLU (a default racer) reaches the target, stops early and hands back a final map', async () => {
    expect(DEFAULT_RACERS).toContain('relu');
    const before = tf.memory().numTensors;
    const grids: GridPrediction[] = [];
    const outcome = await runArms(racePlan({ ...RACE_DEFAULTS, racers: ['relu'] }, raceDataset(RACE_DEFAULTS.seed)), {
      onProbe: (event) => {
        if (event.probe === 'decision-grid') grids.push(event.data);
      },
    });
    const run = outcome.records[0]!;
    expect(run.status).toBe('target-reached');
    expect(run.metrics.testAccuracy).toBeGreaterThanOrEqual(RACE_TARGET);
    expect(run.epochs).toBeLessThan(RACE_DEFAULTS.epochs);
    expect(grids.length).toBeGreaterThan(0);
    expect(run.probes['decision-grid']!.values.every(Number.isFinite)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('softmax classes: the default settings reach the target on the three-arm spiral', async () => {
    const before = tf.memory().numTensors;
    const dataset = softmaxDataset(SOFTMAX_DEFAULTS.seed);
    expect(dataset.numClasses).toBe(3);
    const outcome = await runArms(softmaxPlan({ ...SOFTMAX_DEFAULTS }, dataset));
    const run = outcome.records[0]!;
    expect(run.status).toBe('target-reached');
    expect(run.metrics.testAccuracy).toBeGreaterThanOrEqual(SOFTMAX_TARGET);
    const grid = run.probes['decision-grid']!;
    expect(grid.classes).toBeDefined();
    expect(new Set(grid.classes).size).toBe(3);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a stopped run ends as stopped and still leaves no tensors', async () => {
    const before = tf.memory().numTensors;
    const abort = new AbortController();
    abort.abort();
    const outcome = await runArms({ ...racePlan({ ...RACE_DEFAULTS, racers: ['tanh'] }, raceDataset(RACE_DEFAULTS.seed)), signal: abort.signal });
    expect(outcome.stopped).toBe(true);
    expect(outcome.records).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
