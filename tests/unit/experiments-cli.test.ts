import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { runGrid } from '../../lab/experiments/runner.ts';
import { summariseRuns } from '../../lab/experiments/summary.ts';
import { summaryTable } from '../../lab/experiments/summary-table.ts';
import { validateExperimentConfig } from '../../lab/experiments/validate-config.ts';
import { importRunsJson } from '../../lab/experiments/import-runs.ts';
import { parseCliArguments } from '../../lab/experiments/cli-args.ts';

const run = promisify(execFile);
const CLI = ['--experimental-strip-types', 'lab/experiments/cli.ts'];
const FLAGS = ['--dataset', 'iris', '--activations', 'relu,tanh', '--seeds', '2', '--seed', '4', '--epochs', '15', '--width', '5', '--target', '0.7', '--quiet'];
const TIME_COLUMN = 'Time per run';

interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

async function cli(args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], { cwd: process.cwd() });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

/** The table's rows as cells, read back from the CLI's padded text. */
function tableCells(stdout: string): string[][] {
  const lines = stdout.trimEnd().split('\n');
  const rule = lines.findIndex((line) => /^-+( +-+)+$/.test(line));
  return [lines[rule - 1]!, ...lines.slice(rule + 1)].map((line) => line.split(/ {2,}/));
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
    const expected = summaryTable(summariseRuns((await runGrid(config)).records));
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
    const [fromLab, fromTfjs] = [importRunsJson(lab.stdout), importRunsJson(tfjs.stdout)];
    if (!fromLab.ok || !fromTfjs.ok) throw new Error('both exports import');
    expect(fromLab.records.map((r) => r.engine)).toEqual(['lab', 'lab', 'lab', 'lab']);
    expect(fromTfjs.records.map((r) => r.engine)).toEqual(['tfjs', 'tfjs', 'tfjs', 'tfjs']);
    fromTfjs.records.forEach((record, i) => {
      expect(record.trainLoss).toBeCloseTo(fromLab.records[i]!.trainLoss!, 4);
      expect(record.testAccuracy).toBeCloseTo(fromLab.records[i]!.testAccuracy!, 4);
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
    const imported = importRunsJson(stdout);
    expect(imported.ok && imported.rejected).toEqual([]);
    if (!imported.ok) return;
    const { config } = validateExperimentConfig(parseCliArguments(FLAGS).settings);
    const local = (await runGrid(config)).records;
    const numbers = (records: typeof local) => records.map((r) => ({
      activation: r.activation, seed: r.seed, status: r.status, trainLoss: r.trainLoss, testLoss: r.testLoss,
      trainAccuracy: r.trainAccuracy, testAccuracy: r.testAccuracy, epochsToTarget: r.epochsToTarget, history: r.history, backend: r.backend,
    }));
    expect(numbers(imported.records)).toEqual(numbers(local));
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
});
