/**
 * The chapter-4 demos' default settings reach their targets through lab/ (the end-to-end tests rely
 * on it), and leave no tensors behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_RACERS, RACE_DEFAULTS, RACE_TARGET } from '../../components/widgets/activation-race/race-config.ts';
import { raceDataset, runRacer } from '../../components/widgets/activation-race/race-training.ts';
import { SOFTMAX_DEFAULTS, SOFTMAX_TARGET } from '../../components/widgets/softmax-classes/softmax-config.ts';
import { softmaxDataset, trainSoftmax } from '../../components/widgets/softmax-classes/softmax-training.ts';
import type { GridPrediction } from '../../lab/types.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('chapter 4 demo defaults', () => {
  it('the race: with the default seed, ReLU (a default racer) reaches the target, stops early and hands back a final map', async () => {
    expect(DEFAULT_RACERS).toContain('relu');
    const before = tf.memory().numTensors;
    const grids: GridPrediction[] = [];
    const result = await runRacer({ id: 'relu' }, raceDataset(RACE_DEFAULTS.seed), RACE_DEFAULTS, new AbortController().signal, {
      onProgress: () => undefined,
      onGrid: (grid) => grids.push(grid),
    });
    expect(result.status).toBe('target-reached');
    expect(result.final.testAccuracy).toBeGreaterThanOrEqual(RACE_TARGET);
    expect(result.epoch).toBeLessThan(RACE_DEFAULTS.epochs);
    expect(grids.length).toBeGreaterThan(0);
    expect(grids.at(-1)!.values.every(Number.isFinite)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('softmax classes: the default settings reach the target on the three-arm spiral', async () => {
    const before = tf.memory().numTensors;
    const dataset = softmaxDataset(SOFTMAX_DEFAULTS.seed);
    expect(dataset.numClasses).toBe(3);
    let lastGrid: GridPrediction | undefined;
    const result = await trainSoftmax(dataset, { ...SOFTMAX_DEFAULTS }, new AbortController().signal, {
      onProgress: () => undefined,
      onGrid: (grid) => {
        lastGrid = grid;
      },
    });
    expect(result.status).toBe('target-reached');
    expect(result.final.testAccuracy).toBeGreaterThanOrEqual(SOFTMAX_TARGET);
    expect(lastGrid?.classes).toBeDefined();
    expect(new Set(lastGrid!.classes).size).toBe(3);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a stopped run ends as stopped and still leaves no tensors', async () => {
    const before = tf.memory().numTensors;
    const abort = new AbortController();
    abort.abort();
    const result = await runRacer({ id: 'tanh' }, raceDataset(RACE_DEFAULTS.seed), RACE_DEFAULTS, abort.signal, {
      onProgress: () => undefined,
      onGrid: () => undefined,
    });
    expect(result.status).toBe('stopped');
    expect(tf.memory().numTensors).toBe(before);
  });
});
