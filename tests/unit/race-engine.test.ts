/**
 * The race compares times, so every racer it offers must train on one engine: under 'auto' all on
 * lab's array engine, forced onto tfjs all on tfjs (its table's Time column is then like with like).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listActivations, runArms } from '../../lab/index.ts';
import { racePlan, raceDataset } from '../../components/widgets/activation-race/race-plan.ts';

const offered = listActivations({ hiddenOnly: true }).map((entry) => entry.id);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the activation race', () => {
  it.each([['auto', 'lab'], ['tfjs', 'tfjs']] as const)('with engine %s trains every racer it offers on %s', async (engine, expected) => {
    const dataset = raceDataset(1);
    const plan = racePlan({ racers: offered, seed: 1, learningRate: 0.01, epochs: 2 }, dataset);
    const { records } = await runArms({ ...plan, arms: plan.arms.map((arm) => ({ ...arm, probes: [] })), engine });
    expect(records.map((record) => record.arm)).toEqual(offered);
    expect(new Set(records.map((record) => record.engine))).toEqual(new Set([expected]));
  });
});
