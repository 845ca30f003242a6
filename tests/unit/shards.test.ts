import { describe, expect, it } from 'vitest';
import { mergeShards, parseShard, resumeRuns, shardPlans, shardRange, type ShardOutput } from '../../lab/shards/index.ts';
import { expandGrid } from '../../lab/experiments/expand-grid.ts';
import { DEFAULT_EXPERIMENT } from '../../lab/experiments/limits.ts';
import { exportTracedRuns, importTracedRuns } from '../../lab/records/index.ts';
import { summariseRuns } from '../../lab/experiments/summary.ts';
import { formatTextTable, summaryTable } from '../../lab/experiments/summary-table.ts';
import type { ExperimentConfig } from '../../lab/experiments/definition.ts';
import type { RunRecord } from '../../lab/experiments/run-record.ts';
import { createRng } from '../../lab/rng.ts';
import { makeRecord } from './experiments-fixtures.ts';

const CONFIG: ExperimentConfig = {
  ...DEFAULT_EXPERIMENT,
  activations: [{ id: 'relu', params: {} }, { id: 'tanh', params: {} }, { id: 'leaky-relu', params: { alpha: 0.2 } }],
  seeds: 5,
  firstSeed: 3,
};

/** What running the grid would have recorded: varied figures, one diverged run. */
function recordsOf(config: ExperimentConfig): RunRecord[] {
  const rng = createRng(8);
  return expandGrid(config).map((plan) => plan.index === 4
    ? makeRecord({ ...plan, config, status: 'diverged', testAccuracy: null, trainLoss: null, testLoss: null, trainAccuracy: null, epochsToTarget: null, history: [] })
    : makeRecord({ ...plan, config, testAccuracy: rng.range(0.7, 1), trainLoss: rng.range(0.05, 0.5), durationMs: rng.range(200, 3000), epochsToTarget: rng.integer(5, 40) }));
}

const summaryText = (records: readonly RunRecord[]) => formatTextTable(summaryTable(summariseRuns(records)));

describe('shards of a grid', () => {
  it.each([[1], [2], [3], [4], [7], [15], [16], [40]])('with n = %i, every run lands in exactly one shard, sizes differ by at most one', (count) => {
    const plans = expandGrid(CONFIG);
    const shards = Array.from({ length: count }, (_, i) => shardPlans(plans, { index: i + 1, count }));
    expect(shards.flat()).toEqual(plans);
    const sizes = shards.map((shard) => shard.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('gives contiguous slices, the larger ones first', () => {
    expect([1, 2, 3, 4].map((index) => shardRange(10, { index, count: 4 }))).toEqual([
      { start: 0, end: 3 }, { start: 3, end: 6 }, { start: 6, end: 8 }, { start: 8, end: 10 },
    ]);
  });

  it('reads i/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ ok: true, shard: { index: 2, count: 4 } });
    expect(parseShard(' 1 / 1 ')).toEqual({ ok: true, shard: { index: 1, count: 1 } });
    expect(parseShard('0/4')).toEqual({ ok: false, problem: 'The shard number must be a whole number from 1 to 4, got 0.' });
    expect(parseShard('5/4')).toEqual({ ok: false, problem: 'The shard number must be a whole number from 1 to 4, got 5.' });
    expect(parseShard('1/0')).toEqual({ ok: false, problem: 'The number of shards must be a whole number from 1 to 1,000,000, got 0.' });
    expect(parseShard('2')).toMatchObject({ ok: false, problem: expect.stringMatching(/^A shard is written i\/n, e.g. 2\/4/) });
    expect(parseShard('1.5/3')).toMatchObject({ ok: false });
    expect(() => shardPlans([1, 2], { index: 3, count: 2 })).toThrow('from 1 to 2, got 3');
  });
});

describe('merging shard outputs', () => {
  const all = recordsOf(CONFIG);
  const plans = expandGrid(CONFIG);
  /** Each shard as the file it writes (--json), read back as merge would read it; a shard's runs may arrive in any order. */
  const shardFiles = (count: number): ShardOutput<RunRecord>[] => Array.from({ length: count }, (_, i) => {
    const own = shardPlans(plans, { index: i + 1, count }).map((plan) => all[plan.index]!);
    const imported = importTracedRuns(exportTracedRuns(own.reverse()));
    if (!imported.ok) throw new Error(imported.error);
    return { source: `shard-${i + 1}.json`, runs: imported.runs };
  });

  it.each([[2], [3], [15]])('%i shards merge into records that summarise byte for byte like the unsharded run', (count) => {
    const merged = mergeShards(shardFiles(count));
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.runs).toEqual(all);
    expect(summaryText(merged.runs)).toBe(summaryText(all));
    expect(merged.config).toEqual(CONFIG);
  });

  it('refuses outputs of another config, naming the file, the run and the setting', () => {
    const [a, b] = shardFiles(2) as [ShardOutput<RunRecord>, ShardOutput<RunRecord>];
    const other = { ...b, runs: b.runs.map((run) => ({ ...run, config: { ...run.config, learningRate: 0.1 } })) };
    expect(mergeShards([a, other])).toEqual({
      ok: false,
      reason: 'shard-2.json: run 15 (leaky-relu (alpha=0.2), seed 7) cannot be merged with shard-1.json: its config differs: learningRate is "0.1", not "0.03".',
    });
  });

  it('refuses runs trained on other data (version-2 records carry the data hash)', () => {
    const [a, b] = shardFiles(2) as [ShardOutput<RunRecord>, ShardOutput<RunRecord>];
    const hashA = `sha256:${'a'.repeat(64)}`;
    const hashB = `sha256:${'b'.repeat(64)}`;
    const same = mergeShards([
      { source: 'a.json', runs: a.runs.map((run) => ({ ...run, dataHash: hashA })) },
      { source: 'b.json', runs: b.runs.map((run) => ({ ...run, dataHash: hashA })) },
    ]);
    expect(same.ok).toBe(true);
    const mixed = mergeShards([
      { source: 'a.json', runs: a.runs.map((run) => ({ ...run, dataHash: hashA })) },
      { source: 'b.json', runs: b.runs.map((run) => ({ ...run, dataHash: hashB })) },
    ]);
    expect(mixed).toMatchObject({ ok: false, reason: expect.stringMatching(/^b\.json: run 15 .* cannot be merged with a\.json: it was trained on other data \(data hash "sha256:bbbb.*", not "sha256:aaaa.*"\)\.$/) });
  });

  it('refuses a run recorded twice and says where', () => {
    const [a, b] = shardFiles(2) as [ShardOutput<RunRecord>, ShardOutput<RunRecord>];
    expect(mergeShards([a, { ...b, runs: [...b.runs, a.runs[0]!] }])).toEqual({
      ok: false, reason: 'The run 8 (tanh, seed 5) is recorded twice, in shard-1.json and shard-2.json; each run must come from exactly one shard.',
    });
    expect(mergeShards([a, b, a])).toMatchObject({ ok: false, reason: expect.stringContaining('recorded twice, in shard-1.json itself') });
  });

  it('refuses missing runs, listing them', () => {
    const [a, b, c] = shardFiles(3) as [ShardOutput<RunRecord>, ShardOutput<RunRecord>, ShardOutput<RunRecord>];
    expect(mergeShards([a, c])).toEqual({
      ok: false,
      reason: "5 of the grid's 15 runs are missing: run 6 (leaky-relu (alpha=0.2), seed 4), run 7 (relu, seed 5), run 8 (tanh, seed 5), run 9 (leaky-relu (alpha=0.2), seed 5), run 10 (relu, seed 6). Was every shard run to the end? (--resume finishes one.)",
    });
    expect(mergeShards([a, { ...b, runs: b.runs.slice(1) }, c])).toMatchObject({ ok: false, reason: expect.stringMatching(/^1 of the grid's 15 runs is missing: run 10 \(relu, seed 6\)\./) });
  });

  it('refuses a run that does not fit the grid, and empty input', () => {
    const [a, b] = shardFiles(2) as [ShardOutput<RunRecord>, ShardOutput<RunRecord>];
    const swapped = { ...b, runs: b.runs.map((run) => (run.index === 10 ? { ...run, seed: 99 } : run)) };
    expect(mergeShards([a, swapped])).toMatchObject({
      ok: false, reason: 'shard-2.json: run 11 (tanh, seed 99) does not fit the grid: it is tanh with seed 99, but the grid has tanh with seed 6 at position 11.',
    });
    expect(mergeShards([])).toEqual({ ok: false, reason: 'There is nothing to merge.' });
    expect(mergeShards([{ source: 'x.json', runs: [] }])).toEqual({ ok: false, reason: 'None of the outputs holds a run.' });
  });
});

describe('resuming', () => {
  const all = recordsOf(CONFIG);
  const plans = expandGrid(CONFIG);

  it('returns the planned runs not yet recorded, and the recorded ones, in run order', () => {
    const recorded = [all[5]!, all[0]!, all[1]!];
    const result = resumeRuns({ config: CONFIG, plans, recorded , dataHash: all[0]!.dataHash });
    expect(result).toEqual({ ok: true, done: [all[0], all[1], all[5]], pending: plans.filter((plan) => ![0, 1, 5].includes(plan.index)) });
  });

  it('works on one shard: runs recorded by other shards are not its business', () => {
    const shard = shardPlans(plans, { index: 2, count: 3 });
    const result = resumeRuns({ config: CONFIG, plans: shard, recorded: [all[0]!, all[6]!] , dataHash: all[0]!.dataHash });
    expect(result).toEqual({ ok: true, done: [all[6]], pending: shard.filter((plan) => plan.index !== 6) });
  });

  it('has nothing left once every run is recorded, and everything with nothing recorded', () => {
    expect(resumeRuns({ config: CONFIG, plans, recorded: all , dataHash: all[0]!.dataHash })).toEqual({ ok: true, done: all, pending: [] });
    expect(resumeRuns({ config: CONFIG, plans, recorded: [] , dataHash: all[0]!.dataHash })).toEqual({ ok: true, done: [], pending: plans });
  });

  it('refuses records of another experiment or data, duplicates, and plans from another grid', () => {
    expect(resumeRuns({ config: { ...CONFIG, epochs: 99 }, plans, recorded: [all[0]!] })).toEqual({
      ok: false, reason: 'The recorded run 1 (relu, seed 3) belongs to another experiment: its config differs: epochs is "40", not "99".',
    });
    const traced = { ...all[0]!, dataHash: `sha256:${'c'.repeat(64)}` };
    expect(resumeRuns({ config: CONFIG, plans, recorded: [traced], dataHash: `sha256:${'d'.repeat(64)}` })).toMatchObject({ ok: false, reason: expect.stringContaining('it was trained on other data') });
    expect(resumeRuns({ config: CONFIG, plans, recorded: [traced], dataHash: traced.dataHash })).toMatchObject({ ok: true });
    expect(resumeRuns({ config: CONFIG, plans, recorded: [all[2]!, all[2]!] , dataHash: all[0]!.dataHash })).toEqual({
      ok: false, reason: 'The run 3 (leaky-relu (alpha=0.2), seed 3) is recorded twice; the file is damaged or two jobs wrote it.',
    });
    const foreign = expandGrid({ ...CONFIG, firstSeed: 50 });
    expect(resumeRuns({ config: CONFIG, plans: foreign, recorded: [] })).toMatchObject({ ok: false, reason: expect.stringMatching(/^The planned run 1 \(relu, seed 50\) is not part of this grid/) });
  });
});
