import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
  biasArm, biasArms, biasBlobs, biasLine, DEFAULT_BIAS_SEED, leastSquaresThroughOrigin, type BiasArmOptions,
} from '../../lab/bias/index.ts';
import { buildArmModel } from '../../lab/runs/build-arm-model.ts';
import { runArms } from '../../lab/runs/run-arms.ts';
import type { ArmRun } from '../../lab/runs/plan.ts';
import { train } from '../../lab/train/index.ts';

/** One arm of the race through the run orchestrator. */
async function runBiasArm(arm: { task: 'classify' | 'regress'; useBias: boolean }, options: BiasArmOptions): Promise<ArmRun> {
  const outcome = await runArms({ arms: [biasArm(arm.task, arm.useBias, options)], seeds: [options.seed] });
  return outcome.records[0]!;
}

/** Without biases the default seed reaches 0.72 (seeds 1–8: 0.63 to 0.79); "well below" is below this. */
const WELL_BELOW = 0.85;
const TARGET = 0.97;

async function runWithoutLeaks(run: () => Promise<ArmRun>): Promise<ArmRun> {
  const before = tf.memory().numTensors;
  const result = await run();
  expect(tf.memory().numTensors).toBe(before);
  return result;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the bias race on blobs whose boundary misses the origin (widget defaults)', () => {
  const seed = DEFAULT_BIAS_SEED;

  it('stays well below the target without biases and reaches it with them', async () => {
    const without = await runWithoutLeaks(() => runBiasArm({ task: 'classify', useBias: false }, { seed }));
    const withBias = await runWithoutLeaks(() => runBiasArm({ task: 'classify', useBias: true }, { seed }));
    expect(without.status).toBe('done');
    expect(withBias.status).toBe('done');
    expect(without.metrics.testAccuracy).toBeLessThan(WELL_BELOW);
    expect(withBias.metrics.testAccuracy).toBeGreaterThanOrEqual(TARGET);
    const bestWithout = Math.max(...without.history.map((entry) => entry.testAccuracy ?? 0));
    expect(bestWithout, 'no epoch of the bias-free run comes near the target').toBeLessThan(WELL_BELOW);
  });

  it('without biases the ReLU network answers the same along every ray from the origin', async () => {
    const dataset = biasBlobs(seed);
    const probes = dataset.test.xs.slice(0, 20);
    const arm = biasArm('classify', false, { seed, epochs: 30 });
    const model = buildArmModel(arm.model, seed);
    await train(model, arm.dataset, { ...arm.train, seed });
    const [near, far] = tf.tidy(() => {
      const points = tf.tensor2d(probes);
      return [model.predict(points), model.predict(points.mul(3))].map((output) => Array.from((output as tf.Tensor).dataSync()));
    });
    model.dispose();
    expect(near!.filter((p, i) => (p > 0.5) === (far![i]! > 0.5)).length).toBe(probes.length);
  });

  it('the same bias-free network is fine when the blobs are centred on the origin', async () => {
    const centred = await runWithoutLeaks(() => runBiasArm({ task: 'classify', useBias: false }, { seed, shift: 0 }));
    expect(centred.metrics.testAccuracy).toBeGreaterThanOrEqual(TARGET);
  });

  it('refuses a shift outside its range with a readable message', () => {
    expect(() => biasArm('classify', true, { seed, shift: 9 })).toThrow(/shift must be a number from 0 to 6/);
  });

  it('makes the race’s four arms in order, the line arms probing their line', () => {
    const arms = biasArms({ seed, epochs: 50 });
    expect(arms.map((arm) => arm.id)).toEqual(['classify-without', 'classify-with', 'regress-without', 'regress-with']);
    expect(arms.map((arm) => arm.train.epochs)).toEqual([50, 50, 300, 300]);
    expect(arms.map((arm) => arm.probes?.map((probe) => probe.id))).toEqual([[], [], ['line'], ['line']]);
  });
});

describe('fitting y = 2x + 3 with and without a bias (widget defaults)', () => {
  const seed = DEFAULT_BIAS_SEED;

  it('without a bias the intercept stays 0, the slope tilts to the least-squares line through the origin, and the error stays large', async () => {
    const { probes: { line }, metrics } = await runWithoutLeaks(() => runBiasArm({ task: 'regress', useBias: false }, { seed }));
    const bestThroughOrigin = leastSquaresThroughOrigin(biasLine(seed).train);
    expect(line!.b).toBe(0);
    expect(line!.w).toBeCloseTo(bestThroughOrigin.w, 2);
    expect(line!.w).toBeGreaterThan(3);
    expect(metrics.testLoss).toBeGreaterThan(3);
  });

  it('with a bias it recovers slope 2 and intercept 3, leaving only the noise', async () => {
    const { probes: { line }, metrics } = await runWithoutLeaks(() => runBiasArm({ task: 'regress', useBias: true }, { seed }));
    expect(line!.w).toBeCloseTo(2, 0);
    expect(Math.abs(line!.w - 2)).toBeLessThan(0.1);
    expect(Math.abs(line!.b - 3)).toBeLessThan(0.15);
    expect(metrics.testLoss).toBeLessThan(0.15);
  });
});
