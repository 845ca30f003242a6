/**
 * Slices sized from the measured cost of a step (lab/train/slice-clock.ts), and train() pausing an
 * epoch of mini-batches part-way without changing what it computes.
 */
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createSliceClock, wouldOverrun } from '../../lab/train/slice-clock.ts';
import { buildModel } from '../../lab/models/index.ts';
import { spiral } from '../../lab/datasets/index.ts';
import { train } from '../../lab/train/index.ts';
import type { TrainOptions } from '../../lab/types.ts';

/** A clock that moves only when the test says so. */
function fakeTime(): { now: () => number; advance: (ms: number) => void } {
  let t = 1000;
  return { now: () => t, advance: (ms) => { t += ms; } };
}

/** How many steps of `stepMs` a slice with `budgetMs` runs before it pauses. */
function stepsPerSlice(stepMs: number, budgetMs: number): number {
  const time = fakeTime();
  const clock = createSliceClock(budgetMs, time.now);
  clock.begin();
  for (let steps = 1; steps < 10_000; steps++) {
    time.advance(stepMs);
    if (clock.stepDone()) return steps;
  }
  return Infinity;
}

describe('slice sizing from the measured step cost', () => {
  it('pauses when one more step like the last would pass the budget', () => {
    expect(wouldOverrun(8, 4, 12)).toBe(false);
    expect(wouldOverrun(8, 5, 12)).toBe(true);
  });

  it('fits as many steps as the budget holds, and never lets a slice pass it by a whole step', () => {
    expect(stepsPerSlice(1, 12)).toBe(12);
    expect(stepsPerSlice(5, 12)).toBe(2);
    expect(stepsPerSlice(0.5, 12)).toBe(24);
    for (const stepMs of [0.3, 1, 2.5, 4, 7, 11]) expect(stepsPerSlice(stepMs, 12) * stepMs).toBeLessThanOrEqual(12);
  });

  it('times each step from the mark, so work between epochs does not count as a step', () => {
    const time = fakeTime();
    const clock = createSliceClock(40, time.now);
    clock.begin();
    time.advance(20); // an evaluation between two epochs
    clock.mark();
    time.advance(2);
    expect(clock.stepDone()).toBe(false);
    expect(clock.spent()).toBe(22);
  });

  it('pauses after one step that alone costs more than the budget', () => {
    expect(stepsPerSlice(30, 12)).toBe(1);
  });
});

describe('an epoch of mini-batches paused part-way', () => {
  // 300 rows in batches of 1: one epoch is 300 steps, far longer than a 1 ms slice (the array engine
  // gets a wider network, or its whole epoch would fit one).
  const dataset = spiral({ seed: 3, size: 300, testFraction: 0 });
  const options: TrainOptions = { epochs: 2, learningRate: 0.01, optimizer: 'adam', batchSize: 1, seed: 5, evaluateEvery: 1 };
  const hidden = { lab: [48, 48], tfjs: [6] };

  async function trainWith(engine: 'lab' | 'tfjs', sliceBudgetMs: number) {
    const model = buildModel({ inputSize: 2, hidden: hidden[engine], activation: { id: 'tanh' }, outputSize: 1, output: 'sigmoid', seed: 2 });
    let ticks = 0;
    let ticking = true;
    const tick = (): void => {
      ticks += 1;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    try {
      const result = await train(model, dataset, { ...options, engine, sliceBudgetMs });
      const weights = model.getWeights().map((weight) => Array.from(weight.dataSync()));
      return { result, weights, ticks };
    } finally {
      ticking = false;
      model.dispose();
    }
  }

  it.each(['lab', 'tfjs'] as const)('on the %s engine: yields inside the epoch and computes what one unbroken epoch computes', async (engine) => {
    await tf.setBackend('cpu');
    const before = tf.memory().numTensors;
    const sliced = await trainWith(engine, 1);
    const whole = await trainWith(engine, 60_000);
    expect(tf.memory().numTensors).toBe(before);
    // With 1 ms slices the page's timer ran many times during two epochs; with one long slice at most twice.
    expect(sliced.ticks).toBeGreaterThan(10);
    expect(whole.ticks).toBeLessThanOrEqual(3);
    expect(sliced.result.history.map((entry) => entry.loss)).toEqual(whole.result.history.map((entry) => entry.loss));
    expect(sliced.weights).toEqual(whole.weights);
    expect(sliced.result.epoch).toBe(2);
  });
});
