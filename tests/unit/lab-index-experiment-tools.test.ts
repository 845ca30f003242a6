import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import * as lab from '../../lab/index.ts';

const PENGUIN_FEATURES = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'];
const SEEDS = [1, 2, 3, 4, 5, 6];

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function testAccuracy(dataset: lab.Dataset, activation: string, seed: number): Promise<number | null> {
  const { result, model } = await lab.trainOnDataset(
    { inputSize: dataset.inputSize, hidden: [6], activation: { id: activation }, outputSize: dataset.numClasses, output: 'softmax', seed },
    dataset,
    { epochs: 30, learningRate: 0.05, optimizer: 'adam', seed },
  );
  model.dispose();
  return result.final.testAccuracy ?? null;
}

describe('the experiment tools through lab/index.ts', () => {
  it('read a CSV, train two activations on the same seeds and compare them in words', async () => {
    const text = readFileSync(new URL('./fixtures/csv/penguins-sample.csv', import.meta.url), 'utf8');
    const reading = await lab.readCsvDataset(text, { label: 'species', features: PENGUIN_FEATURES, seed: 1 });
    if (!reading.ok) throw new Error(reading.problem);
    expect(reading.hash).toBe(await lab.datasetHash(reading.dataset));
    const arms: lab.ArmValues[] = [];
    for (const activation of ['tanh', 'relu']) {
      const values = [];
      for (const seed of SEEDS) values.push({ seed, value: await testAccuracy(reading.dataset, activation, seed) });
      arms.push({ arm: activation, values });
    }
    expect(await testAccuracy(reading.dataset, 'relu', 3)).toBe(arms[1]!.values[2]!.value);
    const comparison = lab.comparePaired(arms[0]!, arms[1]!, { seed: 1 });
    expect(comparison.n).toBe(SEEDS.length);
    expect(comparison.meanDifference).toBeCloseTo(
      arms[1]!.values.reduce((sum, { value }, i) => sum + value! - arms[0]!.values[i]!.value!, 0) / SEEDS.length, 12);
    expect(comparison.sentence).toMatch(/seeds (support|do not support) a difference/);
  });

  it('shard, merge, resume and the version-2 schema are reachable from the front door', () => {
    expect(lab.parseShard('1/2')).toEqual({ ok: true, shard: { index: 1, count: 2 } });
    ['shardPlans', 'mergeShards', 'resumeRuns', 'validateTracedRun', 'importTracedRuns', 'exportTracedRuns', 'compareWithBest', 'bootstrapMeanInterval']
      .forEach((name) => expect(lab[name as keyof typeof lab], name).toBeTypeOf('function'));
    expect(lab.TRACED_RUNS_VERSION).toBe(2);
  });
});
