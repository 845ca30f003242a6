import { describe, expect, it } from 'vitest';
import { spreadOf } from '../../lab/experiments/stats.ts';
import { bestMeanTestAccuracy, summariseRuns } from '../../lab/experiments/summary.ts';
import { formatTextTable, summaryTable } from '../../lab/experiments/summary-table.ts';
import { createMemoryRunStore } from '../../lab/experiments/memory-run-store.ts';
import { makeRecord, sampleRecords } from './experiments-fixtures.ts';

describe('spreadOf', () => {
  it('gives the mean and the sample standard deviation', () => {
    const spread = spreadOf([2, 4, 4, 4, 5, 5, 7, 9])!;
    expect(spread.mean).toBe(5);
    expect(spread.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(spreadOf([3])).toEqual({ n: 1, mean: 3, sd: null });
    expect(spreadOf([])).toBeNull();
  });
});

describe('summariseRuns', () => {
  it('groups by activation in order of appearance, leaving diverged runs out of the means', () => {
    const [relu, leaky] = summariseRuns(sampleRecords());
    expect(relu).toMatchObject({ activationLabel: 'relu', runs: 3, diverged: 0 });
    expect(relu!.testAccuracy!.mean).toBeCloseTo((0.9 + 0.94 + 0.98) / 3, 12);
    expect(relu!.testAccuracy!.sd).toBeCloseTo(0.04, 12);
    expect(relu!.timeMs!.mean).toBe(2000);
    expect(relu!.epochsToTarget).toEqual({ mean: 40, reached: 3, of: 3 });
    expect(leaky).toMatchObject({ activationLabel: 'leaky-relu (alpha=0.2)', runs: 3, diverged: 1 });
    expect(leaky!.testAccuracy!.mean).toBeCloseTo(0.85, 12);
    expect(leaky!.testAccuracy!.n).toBe(2);
    expect(leaky!.epochsToTarget).toEqual({ mean: 90, reached: 1, of: 3 });
    expect(bestMeanTestAccuracy([relu!, leaky!])).toBeCloseTo(0.94, 12);
    expect(bestMeanTestAccuracy([])).toBeNull();
  });

  it('splits rows by setup when the runs come from different settings', () => {
    const records = [makeRecord({ index: 0 }), makeRecord({ index: 1, id: 'other', config: { ...makeRecord({ index: 0 }).config, width: 16 } })];
    const rows = summariseRuns(records);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.setupLabel)).toEqual(['iris, 1×8, adam 0.03, 100 epochs', 'iris, 1×16, adam 0.03, 100 epochs']);
    expect(summaryTable(rows).columns).toContain('Setup');
  });
});

describe('summaryTable', () => {
  it('formats mean ± sd, counts of problem runs, time and epochs to target', () => {
    const table = summaryTable(summariseRuns(sampleRecords()));
    expect(table.columns).toEqual(['Activation', 'Runs', 'Test accuracy (mean ± sd)', 'Final loss (mean ± sd)', 'Time per run', 'Epochs to ≥ 0.9']);
    expect(table.rows).toEqual([
      ['relu', '3', '0.940 ± 0.040', '0.2000 ± 0.1000', '2.00 s', '40 (3/3)'],
      ['leaky-relu (alpha=0.2)', '3 (1 diverged)', '0.850 ± 0.071', '0.2000 ± 0.1414', '1.33 s', '90 (1/3)'],
    ]);
  });

  it('pads the text version into aligned columns under a rule', () => {
    const lines = formatTextTable({ columns: ['A', 'Bee'], rows: [['long cell', '1'], ['x', '22']] }).split('\n');
    expect(lines).toEqual(['A          Bee', '---------  ---', 'long cell  1', 'x          22']);
  });

  it('drops the epochs-to-target column when the grid has no target', () => {
    const records = [makeRecord({ index: 0, config: { ...makeRecord({ index: 0 }).config, targetAccuracy: null }, epochsToTarget: null })];
    expect(summaryTable(summariseRuns(records)).columns.some((c) => c.startsWith('Epochs'))).toBe(false);
  });
});

describe('memory run store', () => {
  it('adds, lists in run order, replaces by id, removes and clears, handing out copies', async () => {
    const store = createMemoryRunStore();
    const records = sampleRecords();
    await store.put([records[2]!, records[0]!, records[1]!]);
    expect((await store.list()).map((r) => r.id)).toEqual(['run-0', 'run-1', 'run-2']);
    await store.put([{ ...records[0]!, metrics: { ...records[0]!.metrics, testAccuracy: 0.5 } }]);
    const listed = await store.list();
    expect(listed).toHaveLength(3);
    expect(listed[0]!.metrics.testAccuracy).toBe(0.5);
    listed[0]!.metrics.testAccuracy = 0.1;
    expect((await store.list())[0]!.metrics.testAccuracy).toBe(0.5);
    await store.remove(['run-1']);
    expect((await store.list()).map((r) => r.id)).toEqual(['run-0', 'run-2']);
    await store.clear();
    expect(await store.list()).toEqual([]);
    expect(store.kind).toBe('memory');
  });
});
