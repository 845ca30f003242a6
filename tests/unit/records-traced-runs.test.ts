import { describe, expect, it } from 'vitest';
import {
  exportTracedRuns, importTracedRuns, validateTracedRun, TRACED_RUNS_SCHEMA, TRACED_RUNS_VERSION, type TracedRun,
} from '../../lab/records/index.ts';
import { makeRecord, sampleRecords } from './experiments-fixtures.ts';

const traced = (): TracedRun[] => sampleRecords();

/** A version-1 export as an earlier release wrote it: flat metrics, createdAt, timeMs, no trace fields. */
function versionOneFile(): string {
  const runs = sampleRecords().map(({ metrics, engine: _e, tfjsVersion: _t, siteVersion: _s, dataHash: _d, startedAt, durationMs, ...kept }) =>
    ({ ...kept, ...metrics, createdAt: startedAt, timeMs: durationMs }));
  return JSON.stringify({ schema: TRACED_RUNS_SCHEMA, version: 1, exportedAt: '2025-01-01T00:00:00.000Z', runs });
}

function fileWith(runs: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ schema: TRACED_RUNS_SCHEMA, version: TRACED_RUNS_VERSION, exportedAt: '2025-01-01T00:00:00.000Z', runs, ...extra });
}

/** A deep copy of a traced run with one field changed or removed (value undefined) at a dotted path. */
function edited(path: string, value: unknown): Record<string, unknown> {
  const run = JSON.parse(JSON.stringify(traced()[0])) as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((object, key) => object[key] as Record<string, unknown>, run);
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return run;
}

describe('traced runs (run records, version 2)', () => {
  it('carry the config, seed, engine, backend, versions, data hash, start and duration', () => {
    const run = makeRecord({ index: 3, seed: 4, durationMs: 1234 });
    expect(validateTracedRun(run)).toEqual({ ok: true, run });
    expect(run).toMatchObject({
      index: 3, seed: 4, engine: 'tfjs', backend: 'cpu', tfjsVersion: '4.22.0', siteVersion: '0.1.0', durationMs: 1234,
      metrics: { trainLoss: 0.1, testLoss: 0.2, trainAccuracy: 0.95, testAccuracy: 0.9, epochsToTarget: 40 },
    });
    expect(run.config.epochs).toBe(100);
  });

  it('round-trip through the JSON file exactly', () => {
    const runs = traced();
    const text = exportTracedRuns(runs, new Date('2025-02-03T04:05:06Z'));
    expect(JSON.parse(text)).toMatchObject({ schema: TRACED_RUNS_SCHEMA, version: 2, exportedAt: '2025-02-03T04:05:06.000Z' });
    expect(importTracedRuns(text)).toEqual({ ok: true, runs, rejected: [] });
  });

  it.each([
    ['an empty file', '  ', 'The file is empty.'],
    ['text that is not JSON', '{"schema":', 'The file is not valid JSON.'],
    ['a list', '[]', 'The file is not a run export (expected a JSON object).'],
    ['no schema', JSON.stringify({ version: 2, runs: [] }), 'The file has no schema field; a run export names its schema ("activation-lab/experiment-runs").'],
    ['another schema', JSON.stringify({ schema: 'mlflow/runs', version: 2, runs: [] }), 'The file is not a run export: its schema is "mlflow/runs", expected "activation-lab/experiment-runs".'],
    ['no version', JSON.stringify({ schema: TRACED_RUNS_SCHEMA, runs: [] }), 'The file has no version field.'],
    ['a newer version', fileWith([], { version: 3 }), 'The file has version 3, newer than this reader (version 2): it was written by a later release; read it with that release.'],
    ['a version as text', fileWith([], { version: '2' }), 'The file\'s version is "2"; a version is a whole number (this reader reads version 2).'],
    ['no runs list', fileWith([], { runs: {} }), 'The file has no list of runs (the field runs is missing or not a list).'],
  ])('refuse %s, saying why', (_, text, error) => {
    expect(importTracedRuns(text)).toEqual({ ok: false, error });
  });

  it('refuse a version-1 export, naming what it lacks', () => {
    const result = importTracedRuns(versionOneFile());
    expect(result).toEqual({
      ok: false,
      error: 'The file has version 1; its runs lack what version 2 requires (engine, tfjsVersion, siteVersion, dataHash, startedAt, durationMs, metrics), so they cannot be traced.',
    });
  });

  it.each([
    ['engine', undefined, 'the field runs[0].engine is missing'],
    ['engine', 'mlp', 'runs[0].engine must be "lab" or "tfjs", got "mlp"'],
    ['dataHash', undefined, 'the field runs[0].dataHash is missing'],
    ['dataHash', 'md5:abc', 'runs[0].dataHash must be "sha256:" and 64 hex digits, got "md5:abc"'],
    ['tfjsVersion', 'latest', 'runs[0].tfjsVersion must be a version such as "4.22.0", got "latest"'],
    ['siteVersion', undefined, 'the field runs[0].siteVersion is missing'],
    ['startedAt', 'yesterday', 'runs[0].startedAt must be a date and time (ISO 8601), got "yesterday"'],
    ['durationMs', -1, 'runs[0].durationMs must be a number from 0 to 1.7976931348623157e+308, got "-1"'],
    ['metrics.testAccuracy', undefined, 'the field runs[0].metrics.testAccuracy is missing'],
    ['metrics.testAccuracy', 1.5, 'runs[0].metrics.testAccuracy must be a number from 0 to 1, got "1.5"'],
    ['config.epochs', undefined, 'the field runs[0].config.epochs is missing'],
    ['config.epochs', 0, 'config is not valid'],
    ['history', [{ epoch: 1 }], 'the field runs[0].history[0].loss is missing'],
    ['backend', '<b>', 'runs[0].backend must be a backend name such as "cpu" or "webgl", got "<b>"'],
    ['activation', { id: 'no-such' }, 'runs[0].activation must be a catalog activation with valid parameters'],
  ])('refuse a run whose %s is %j, keeping the others', (path, value, problem) => {
    const result = importTracedRuns(fileWith([edited(path, value), traced()[1]]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.runs).toEqual([traced()[1]]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toContain(`Run 1 was not read: ${problem}`);
  });

  it('drop fields the schema does not know and keep an optional message', () => {
    const checked = validateTracedRun({ ...traced()[3], extra: '<script>' });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.run).not.toHaveProperty('extra');
    expect(checked.run.message).toBe('Training diverged at epoch 7: the loss became NaN.');
  });
});
