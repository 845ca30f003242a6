import { describe, expect, it } from 'vitest';
import { exportRunsCsv, exportRunsJson, csvCell, CSV_COLUMNS } from '../../lab/experiments/export-runs.ts';
import { importRunsJson } from '../../lab/experiments/import-runs.ts';
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

describe('JSON export and import', () => {
  it('round-trips every record exactly', () => {
    const records = sampleRecords();
    const result = importRunsJson(exportRunsJson(records));
    expect(result).toEqual({ ok: true, records, rejected: [] });
  });

  it('writes the schema, version and export time', () => {
    const file = JSON.parse(exportRunsJson([], new Date('2025-02-03T04:05:06Z')));
    expect(file).toEqual({ schema: RUN_RECORD_SCHEMA, version: RUN_RECORD_VERSION, exportedAt: '2025-02-03T04:05:06.000Z', runs: [] });
  });

  it.each([
    ['an empty file', '', /empty/],
    ['text that is not JSON', '{"schema": ', /not valid JSON/],
    ['a JSON array', '[]', /expected a JSON object/],
    ['another schema', JSON.stringify({ schema: 'something-else', version: 1, runs: [] }), /schema is "something-else"/],
    ['a script as schema', JSON.stringify({ schema: SCRIPT, version: 1, runs: [] }), /not an experiment export/],
    ['a newer version', exportWith([], { version: 2 }), /version "2"; this page reads version 1/],
    ['a version given as text', exportWith([], { version: '1' }), /version "1"/],
    ['runs that are not a list', exportWith([], { runs: { 0: {} } }), /no list of runs/],
  ])('refuses %s with a message', (_, text, message) => {
    const result = importRunsJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  const good = makeRecord({ index: 0 });
  it.each([
    ['accuracy as text', { ...good, testAccuracy: '0.9' }, /testAccuracy must be a number from 0 to 1, got "0.9"/],
    ['accuracy above 1', { ...good, testAccuracy: 1.5 }, /testAccuracy must be a number from 0 to 1/],
    ['a negative loss', { ...good, trainLoss: -1 }, /trainLoss/],
    ['a fractional seed', { ...good, seed: 1.5 }, /seed must be a whole number/],
    ['a script in the id', { ...good, id: SCRIPT }, /^id must be letters, digits/],
    ['a script as activation', { ...good, activation: { id: SCRIPT, params: {} } }, /activation must be a catalog activation/],
    ['an unknown status', { ...good, status: 'great' }, /status must be done or diverged or error/],
    ['a bad date', { ...good, createdAt: 'yesterday' }, /createdAt must be a date/],
    ['a config out of limits', { ...good, config: { ...good.config, width: 100000 } }, /config is not valid \(Units per layer/],
    ['a missing history', { ...good, history: undefined }, /history must be a list/],
    ['a history point without loss', { ...good, history: [{ epoch: 1 }] }, /history\[0\]\.loss/],
    ['a run that is not an object', 'run', /the run must be an object/],
  ])('rejects a run with %s, keeping the valid ones', (_, bad, problem) => {
    const result = importRunsJson(exportWith([good, bad, { ...good, id: 'run-9' }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records.map((r) => r.id)).toEqual(['run-0', 'run-9']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatch(/^Run 2 was not imported: /);
    expect(result.rejected[0]!.replace(/^Run 2 was not imported: /, '')).toMatch(problem);
  });

  it('drops fields it does not know instead of carrying them into the store', () => {
    const result = importRunsJson(exportWith([{ ...good, extra: SCRIPT, config: { ...good.config } }]));
    expect(result.ok && result.records[0]).not.toHaveProperty('extra');
  });

  it('keeps the engine that trained a run, accepts a record made before engines were kept, and refuses an unknown engine', () => {
    const { engine: _engine, ...older } = good;
    const result = importRunsJson(exportWith([good, older, { ...good, engine: 'gpu' }]));
    expect(result.ok && result.records.map((record) => record.engine)).toEqual(['lab', undefined]);
    expect(result.ok && result.rejected[0]).toMatch(/engine must be one of lab, tfjs, got "gpu"/);
  });

  it('quotes long or hostile values briefly in messages', () => {
    const result = importRunsJson(exportWith([{ ...good, backend: 'x'.repeat(500) }]));
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
      expect(row[column('test_accuracy')]).toBe(record.testAccuracy === null ? '' : String(record.testAccuracy));
      expect(Number(row[column('time_ms')])).toBe(record.timeMs);
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
