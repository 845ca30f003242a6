/**
 * The CLI at scale, each through the real program: your own CSV data, a pool of worker threads
 * (records equal to a run in turn), shards merged into the same table, and resuming a job.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportTracedRuns, importTracedRuns } from '../../lab/records/index.ts';
import type { RunRecord } from '../../lab/experiments/run-record.ts';
import { withoutTimings } from './experiments-fixtures.ts';
import { cli } from './experiment-cli-process.ts';

const GRID = ['--dataset', 'iris', '--activations', 'relu,tanh', '--seeds', '3', '--epochs', '12', '--width', '5', '--quiet'];
const PENGUINS = 'tests/unit/fixtures/csv/penguins-sample.csv';
const FEATURES = 'Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g)';
const SLOW_MS = 120_000;


function records(text: string): RunRecord[] {
  const read = importTracedRuns(text);
  if (!read.ok) throw new Error(read.error);
  expect(read.rejected).toEqual([]);
  return read.runs;
}

const scratch = () => mkdtempSync(join(tmpdir(), 'experiment-cli-'));

describe('npm run experiment at scale', () => {
  it('trains on a CSV file, recording the file, its columns and its data hash', async () => {
    const { stdout, code } = await cli(['--data', PENGUINS, '--label', 'species', '--features', FEATURES, '--activations', 'tanh', '--seeds', '2', '--epochs', '8', '--quiet', '--json']);
    expect(code).toBe(0);
    const runs = records(stdout);
    expect(runs).toHaveLength(2);
    expect(runs[0]!.config.csv).toEqual({ file: 'penguins-sample.csv', label: 'species', features: FEATURES.split(','), hash: runs[0]!.dataHash });
    expect(runs.every((r) => r.status === 'done' && r.metrics.testAccuracy !== null)).toBe(true);
  }, SLOW_MS);

  it.each([
    [['--data', 'tests/unit/fixtures/csv/one-class.csv'], /^one-class\.csv: Every row has the label "spam" in column "label"; a classifier needs at least two classes\./],
    [['--data', 'tests/unit/fixtures/csv/non-numeric-feature.csv'], /^non-numeric-feature\.csv: Row \d+, column .* is not a number\./],
    [['--data', PENGUINS, '--label', 'colour'], /^penguins-sample\.csv: There is no column named "colour" for the label/],
    [['--data', 'no-such-file.csv'], /^no-such-file\.csv: cannot be read/],
    [['--label', 'species'], /^--label and --features choose columns of a CSV file/],
    [['--parallel', '0'], /^--parallel must be a whole number from 1 to 64/],
    [['--shard', '3/2'], /^--shard: The shard number must be a whole number from 1 to 2, got 3\./],
  ])('refuses %j with its reason and exit code 1', async (args, message) => {
    const { stderr, code } = await cli([...args, '--quiet']);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  }, SLOW_MS);

  it('gives the same records with --parallel 2 as in turn, field by field except timings', async () => {
    const [serial, pooled] = await Promise.all([cli([...GRID, '--json']), cli([...GRID, '--json', '--parallel', '2'])]);
    expect(serial.code).toBe(0);
    expect(pooled.code).toBe(0);
    const a = records(serial.stdout);
    expect(a).toHaveLength(6);
    expect(records(pooled.stdout).map(withoutTimings)).toEqual(a.map(withoutTimings));
  }, SLOW_MS);

  it('merges two shards into the table of the unsharded grid, byte for byte, and refuses mismatched configs', async () => {
    const dir = scratch();
    const [one, two] = [join(dir, 'shard-1.json'), join(dir, 'shard-2.json')];
    const [s1, s2, whole] = await Promise.all([
      cli([...GRID, '--shard', '1/2', '--resume', one]),
      cli([...GRID, '--shard', '2/2', '--resume', two]),
      cli([...GRID, '--no-time']),
    ]);
    expect([s1.code, s2.code, whole.code]).toEqual([0, 0, 0]);
    expect(records(readFileSync(one, 'utf8')).map((r) => r.index)).toEqual([0, 1, 2]);
    const merged = await cli(['merge', one, two, '--no-time']);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);

    const other = join(dir, 'other.json');
    expect((await cli([...GRID, '--lr', '0.1', '--shard', '2/2', '--resume', other])).code).toBe(0);
    const refused = await cli(['merge', one, other]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^other\.json: run 4 \(tanh, seed 2\) cannot be merged with shard-1\.json: its config differs: learningRate is "0\.1", not "0\.03"\./);
  }, SLOW_MS);

  it('resumes a job: the runs already in the file are kept as they are, only the others run', async () => {
    const dir = scratch();
    const out = join(dir, 'out.json');
    const full = records((await cli([...GRID, '--json'])).stdout);
    const killedEarly = full.slice(0, 2);
    writeFileSync(out, exportTracedRuns(killedEarly));
    const resumed = await cli([...GRID.filter((arg) => arg !== '--quiet'), '--resume', out]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`Resuming: 2 of 6 runs already in ${out}.`);
    expect(resumed.stderr).not.toMatch(/^run [12]:/m);
    const after = records(readFileSync(out, 'utf8'));
    expect(after.slice(0, 2)).toEqual(killedEarly);
    expect(after.map(withoutTimings)).toEqual(full.map(withoutTimings));
    const wrong = await cli([...GRID, '--epochs', '13', '--resume', out]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/belongs to another experiment: its config differs: epochs is "12", not "13"/);
  }, SLOW_MS);
});
