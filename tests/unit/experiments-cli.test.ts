import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { prepareGrid, runGrid } from '../../lab/experiments/runner.ts';
import { summariseRuns } from '../../lab/experiments/summary.ts';
import { summaryTable } from '../../lab/experiments/summary-table.ts';
import { validateExperimentConfig } from '../../lab/experiments/validate-config.ts';
import { importTracedRuns } from '../../lab/records/index.ts';
import { withoutTimings } from './experiments-fixtures.ts';
import { cli } from './experiment-cli-process.ts';
import { parseCliArguments } from '../../lab/experiments/cli-args.ts';

const FLAGS = ['--dataset', 'iris', '--activations', 'relu,tanh', '--seeds', '2', '--seed', '4', '--epochs', '15', '--width', '5', '--target', '0.7', '--quiet'];
const TIME_COLUMN = 'Time per run';

/** The table's rows as cells, read back from the CLI's padded text. */
function tableCells(stdout: string): string[][] {
  const lines = stdout.trimEnd().split('\n');
  const rule = lines.findIndex((line) => /^-+( +-+)+$/.test(line));
  const end = lines.indexOf('', rule);
  return [lines[rule - 1]!, ...lines.slice(rule + 1, end < 0 ? undefined : end)].map((line) => line.split(/ {2,}/));
}

const withoutColumn = (rows: string[][], index: number) => rows.map((row) => row.filter((_, i) => i !== index));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('npm run experiment', () => {
  it('prints the same table as the in-process runner and formatter for the same seeds', async () => {
    const { stdout, code } = await cli(FLAGS);
    expect(code).toBe(0);
    const { config, notices } = validateExperimentConfig(parseCliArguments(FLAGS).settings);
    expect(notices).toEqual([]);
    const expected = summaryTable(summariseRuns((await runGrid(await prepareGrid(config))).records));
    const printed = tableCells(stdout);
    expect(printed[0]).toEqual(expected.columns);
    const time = expected.columns.indexOf(TIME_COLUMN);
    expect(withoutColumn(printed.slice(1), time)).toEqual(withoutColumn(expected.rows, time));
    expect(printed.slice(1).every((row) => /^\d+\.\d\d s$/.test(row[time]!))).toBe(true);
    expect(stdout).toContain('engine: lab engine (checked against TensorFlow.js) · backend cpu');
  });

  it('trains on TensorFlow.js with --engine tfjs, to the same numbers within float32 noise, and says so', async () => {
    const lab = await cli([...FLAGS, '--json']);
    const tfjs = await cli([...FLAGS, '--json', '--engine', 'tfjs']);
    const printed = await cli([...FLAGS, '--engine=tfjs']);
    expect(printed.stdout).toContain('engine: TensorFlow.js · backend cpu');
    const [fromLab, fromTfjs] = [importTracedRuns(lab.stdout), importTracedRuns(tfjs.stdout)];
    if (!fromLab.ok || !fromTfjs.ok) throw new Error('both exports import');
    expect(fromLab.runs.map((r) => r.engine)).toEqual(['lab', 'lab', 'lab', 'lab']);
    expect(fromTfjs.runs.map((r) => r.engine)).toEqual(['tfjs', 'tfjs', 'tfjs', 'tfjs']);
    fromTfjs.runs.forEach((record, i) => {
      expect(record.metrics.trainLoss).toBeCloseTo(fromLab.runs[i]!.metrics.trainLoss!, 4);
      expect(record.metrics.testAccuracy).toBeCloseTo(fromLab.runs[i]!.metrics.testAccuracy!, 4);
    });
  });

  it('refuses an unknown --engine with the list of engines', async () => {
    const { stderr, code } = await cli([...FLAGS, '--engine', 'gpu']);
    expect(code).toBe(2);
    expect(stderr).toContain('--engine must be one of auto, lab, tfjs, got "gpu".');
  });

  it('prints the run records with --json, number for number equal to the in-process run', async () => {
    const { stdout, code } = await cli([...FLAGS, '--json']);
    expect(code).toBe(0);
    const imported = importTracedRuns(stdout);
    expect(imported.ok && imported.rejected).toEqual([]);
    if (!imported.ok) return;
    const { config } = validateExperimentConfig(parseCliArguments(FLAGS).settings);
    const local = (await runGrid(await prepareGrid(config, { gridId: 'from-config' }))).records;
    expect(imported.runs.map(withoutTimings)).toEqual(local.map(withoutTimings));
    expect(imported.runs.every((run) => run.backend === 'cpu' && run.tfjsVersion === tf.version.tfjs)).toBe(true);
  });

  it('reports replaced values as notes on stderr and still runs', async () => {
    const { stdout, stderr, code } = await cli(['--seeds', '1', '--epochs', '2', '--width', '9999', '--activations', 'relu', '--quiet']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/Note: Units per layer: "9999" is outside 1 to 256; using 8\./);
    expect(stdout).toContain('1 hidden layer of 8');
  });

  it('refuses unknown flags with exit code 2 and the usage', async () => {
    const { stderr, code } = await cli(['--colour', 'red']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown flag --colour/);
    expect(stderr).toMatch(/Usage: npm run experiment/);
  });
});

describe('parseCliArguments', () => {
  it('reads --flag value and --flag=value, switches, and reports what it cannot use', () => {
    const parsed = parseCliArguments(['--dataset=circle', '--lr', '0.1', '--json', '--seeds', '--constructor', 'x', 'stray']);
    expect(parsed.settings).toEqual({ dataset: 'circle', learningRate: '0.1' });
    expect([...parsed.switches]).toEqual(['json']);
    expect(parsed.errors).toEqual(['--seeds needs a value.', 'Unknown flag --constructor. Run with --help for the list.', 'Unexpected argument "stray"; flags look like --dataset iris.']);
  });

  it('reads the data, pool, shard and resume options, and merge with its files', () => {
    const parsed = parseCliArguments(['--data', 'a.csv', '--label=kind', '--parallel', '2', '--shard', '1/3', '--resume', 'out.json', '--no-time']);
    expect(parsed).toMatchObject({ command: 'run', errors: [], options: { data: 'a.csv', label: 'kind', parallel: '2', shard: '1/3', resume: 'out.json' } });
    expect([...parsed.switches]).toEqual(['no-time']);
    expect(parseCliArguments(['merge', 'a.json', 'b.json', '--json'])).toMatchObject({ command: 'merge', files: ['a.json', 'b.json'], errors: [] });
    expect(parseCliArguments(['merge']).errors).toEqual(['merge needs the shard outputs to combine, e.g. merge shard-1.json shard-2.json.']);
  });
});
