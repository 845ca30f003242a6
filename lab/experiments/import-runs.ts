/**
 * Reads a JSON export back. The file must carry this guide's schema name and a version it knows;
 * each run is validated on its own, so one damaged run does not cost the others. Nothing here is
 * ever treated as markup: callers show the messages as text.
 */
import { RUN_RECORD_SCHEMA, RUN_RECORD_VERSION, type RunRecord } from './run-record.ts';
import { quote } from './text-values.ts';
import { validateRunRecord } from './validate-record.ts';

export const MAX_IMPORT_CHARACTERS = 10_000_000;
export const MAX_IMPORT_RUNS = 5_000;

export type ImportResult =
  | { ok: true; records: RunRecord[]; /** One line per refused run. */ rejected: string[] }
  | { ok: false; error: string };

export function importRunsJson(text: string): ImportResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.length > MAX_IMPORT_CHARACTERS) return { ok: false, error: `The file is larger than ${MAX_IMPORT_CHARACTERS / 1e6} million characters.` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, error: 'The file is not an experiment export (expected a JSON object).' };
  }
  const file = parsed as Record<string, unknown>;
  if (file.schema !== RUN_RECORD_SCHEMA) {
    return { ok: false, error: `The file is not an experiment export: schema is ${quote(file.schema)}, expected "${RUN_RECORD_SCHEMA}".` };
  }
  if (file.version !== RUN_RECORD_VERSION) {
    return { ok: false, error: `The export has version ${quote(file.version)}; this page reads version ${RUN_RECORD_VERSION}.` };
  }
  if (!Array.isArray(file.runs)) return { ok: false, error: 'The export has no list of runs.' };
  if (file.runs.length > MAX_IMPORT_RUNS) return { ok: false, error: `The export has ${file.runs.length} runs; at most ${MAX_IMPORT_RUNS} can be imported.` };
  const records: RunRecord[] = [];
  const rejected: string[] = [];
  file.runs.forEach((raw: unknown, i) => {
    const checked = validateRunRecord(raw);
    if (checked.ok) records.push(checked.record);
    else rejected.push(`Run ${i + 1} was not imported: ${checked.problem}.`);
  });
  return { ok: true, records, rejected };
}
