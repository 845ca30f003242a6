import { describe, expect, it } from 'vitest';
import { exportRunsCsv, csvCell, CSV_COLUMNS } from '../../lab/records/runs-csv.ts';
import { importTracedRuns } from '../../lab/records/index.ts';
import { RUN_RECORD_SCHEMA, RUN_RECORD_VERSION } from '../../lab/experiments/run-record.ts';
import { makeRecord, sampleRecords } from './experiments-fixtures.ts';

const SCRIPT = '<img src=x onerror=alert(1)><script>alert(1)</script>';

function exportWith(runs: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ schema: RUN_RECORD_SCHEMA, version: RUN_RECORD_VERSION, exportedAt: '2025-01-01T00:00:00.000Z', runs, ...extra });
}

/** A minimal CSV reader (quoted fields, doubled quotes), enough to check what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('JSON import of hostile or damaged runs', () => {
  const good = makeRecord({ index: 0 });
  it.each([
    ['accuracy as text', { ...good, metrics: { ...good.metrics, testAccuracy: '0.9' } }, /testAccuracy must be a number from 0 to 1, got "0.9"/],
    ['a negative loss', { ...good, metrics: { ...good.metrics, trainLoss: -1 } }, /trainLoss/],
    ['a fractional seed', { ...good, seed: 1.5 }, /seed must be a whole number/],
    ['a script in the id', { ...good, id: SCRIPT }, /id must be letters, digits/],
    ['a script as activation', { ...good, activation: { id: SCRIPT, params: {} } }, /activation must be a catalog activation/],
    ['an unknown status', { ...good, status: 'great' }, /status must be/],
    ['a config out of limits', { ...good, config: { ...good.config, width: 100000 } }, /config is not valid \(Units per layer/],
    ['a run that is not an object', 'run', /must be an object/],
  ])('rejects a run with %s, keeping the valid ones', (_, bad, problem) => {
    const result = importTracedRuns(exportWith([good, bad, { ...good, id: 'run-9' }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.runs.map((r) => r.id)).toEqual(['run-0', 'run-9']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatch(/^Run 2 was not read: /);
    expect(result.rejected[0]!.replace(/^Run 2 was not read: /, '')).toMatch(problem);
  });

  it('refuses a script as schema without echoing markup as such', () => {
    const result = importTracedRuns(JSON.stringify({ schema: SCRIPT, version: 2, runs: [] }));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^The file is not a run export/) });
  });

  it('keeps the engine that trained a run and refuses a run without one or with an unknown engine', () => {
    const { engine: _engine, ...unnamed } = good;
    const result = importTracedRuns(exportWith([{ ...good, engine: 'lab' }, { ...good, id: 'run-2', engine: 'tfjs' }, unnamed, { ...good, engine: 'gpu' }]));
    expect(result.ok && result.runs.map((record) => record.engine)).toEqual(['lab', 'tfjs']);
    expect(result.ok && result.rejected).toHaveLength(2);
    expect(result.ok && result.rejected[1]).toMatch(/engine/);
  });

  it('quotes long or hostile values briefly in messages', () => {
    const result = importTracedRuns(exportWith([{ ...good, backend: 'x'.repeat(500) }]));
    expect(result.ok && result.rejected[0]!.length).toBeLessThan(200);
  });
});

describe('CSV export', () => {
  it('writes a header and one row per run whose cells read back to the record values', () => {
    const records = sampleRecords();
    const rows = parseCsv(exportRunsCsv(records));
    expect(rows[0]).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(rows).toHaveLength(records.length + 1);
    const column = (name: string) => rows[0]!.indexOf(name);
    records.forEach((record, i) => {
      const row = rows[i + 1]!;
      expect(row[column('id')]).toBe(record.id);
      expect(row[column('seed')]).toBe(String(record.seed));
      expect(row[column('test_accuracy')]).toBe(record.metrics.testAccuracy === null ? '' : String(record.metrics.testAccuracy));
      expect(Number(row[column('duration_ms')])).toBe(record.durationMs);
      expect(row[column('version')]).toBe(String(RUN_RECORD_VERSION));
      expect(row[column('data_hash')]).toBe(record.dataHash);
      expect(row[column('tfjs_version')]).toBe(record.tfjsVersion);
      expect(row[column('status')]).toBe(record.status);
      expect(row[column('engine')]).toBe(record.engine);
      expect(row[column('backend')]).toBe(record.backend);
    });
    expect(rows[2]![column('activation')]).toBe('leaky-relu:alpha=0.2');
    expect(rows[4]![column('message')]).toBe('Training diverged at epoch 7: the loss became NaN.');
  });

  it('quotes commas, quotes and newlines, and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(NaN)).toBe('');
  });
});
