/** Chapter 8's figures for "Is the difference real?" come from these grids, trained here and checked against the prose. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_EXPERIMENT } from '../../lab/experiments/limits.ts';
import type { ExperimentConfig } from '../../lab/experiments/definition.ts';
import { prepareGrid, runGrid } from '../../lab/experiments/runner.ts';
import { compareWithBestAccuracy } from '../../lab/experiments/compare-runs.ts';
import { summariseRuns } from '../../lab/experiments/summary.ts';
import type { RunRecord } from '../../lab/experiments/run-record.ts';

const CHAPTER = readFileSync('content/08-how-to-choose.mdx', 'utf8').replace(/\s+/g, ' ');
const relu = { id: 'relu', params: {} };
const tanh = { id: 'tanh', params: {} };
const swish = { id: 'swish', params: {} };

const IRIS: ExperimentConfig = { ...DEFAULT_EXPERIMENT, dataset: 'iris', activations: [relu, tanh], seeds: 10 };
const SPIRAL: ExperimentConfig = { ...DEFAULT_EXPERIMENT, dataset: 'spiral', activations: [relu, tanh, swish], seeds: 10, depth: 2, width: 16, epochs: 100 };

/** As the prose writes a figure: three decimals, a true minus sign. */
const figure = (value: number) => value.toFixed(3).replace('-', '−');

async function grid(config: ExperimentConfig): Promise<RunRecord[]> {
  return (await runGrid(await prepareGrid(config))).records;
}

function means(records: readonly RunRecord[]): Record<string, string> {
  return Object.fromEntries(summariseRuns(records).map((row) => [row.activationLabel, figure(row.testAccuracy!.mean)]));
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('chapter 8, "Is the difference real?"', () => {
  it('quotes the iris grid: tanh ahead on average, no difference supported', async () => {
    const records = await grid(IRIS);
    const mean = means(records);
    const { best, comparisons: [vsRelu] } = compareWithBestAccuracy(records);
    expect(best).toBe('tanh');
    expect(vsRelu!.verdict).toBe('no-difference');
    expect(CHAPTER).toContain(`tanh averages ${mean.tanh} test accuracy and ReLU ${mean.relu}: ReLU's paired difference is ${figure(vsRelu!.meanDifference!)}, with an interval from ${figure(vsRelu!.interval!.low)} to ${figure(vsRelu!.interval!.high)}.`);
  }, 120_000);

  it('quotes the spiral grid: Swish best, both differences supported', async () => {
    const records = await grid(SPIRAL);
    const mean = means(records);
    const { best, comparisons } = compareWithBestAccuracy(records);
    expect(best).toBe('swish');
    const [vsRelu, vsTanh] = comparisons;
    expect(comparisons.map((c) => c.verdict)).toEqual(['difference', 'difference']);
    expect(CHAPTER).toContain(`Swish averages ${mean.swish}, tanh ${mean.tanh} and ReLU ${mean.relu}.`);
    expect(CHAPTER).toContain(`ReLU is ${figure(-vsRelu!.meanDifference!)} lower than Swish (interval ${figure(vsRelu!.interval!.low)} to ${figure(vsRelu!.interval!.high)})`);
    expect(CHAPTER).toContain(`tanh ${figure(-vsTanh!.meanDifference!)} lower (${figure(vsTanh!.interval!.low)} to ${figure(vsTanh!.interval!.high)})`);
  }, 240_000);
});
