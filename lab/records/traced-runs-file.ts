/**
 * Version-2 run files: written as JSON, read back with every refusal explained: not JSON, another
 * schema, an older or newer version, or a run with a missing or wrong field (that run is refused,
 * the others are kept, and each refusal says which run and why).
 */
import { quote } from '../experiments/text-values.ts';
import { isPlainObject } from './field-reader.ts';
import { TRACED_RUNS_SCHEMA, TRACED_RUNS_VERSION, type TracedRun, type TracedRunsFile } from './traced-run.ts';
import { validateTracedRun } from './validate-traced-run.ts';

export const MAX_TRACED_FILE_CHARACTERS = 20_000_000;
export const MAX_TRACED_RUNS = 10_000;

/** What version 2 added; a version-1 file cannot supply them. */
const ADDED_IN_VERSION_2 = ['engine', 'tfjsVersion', 'siteVersion', 'dataHash', 'startedAt', 'durationMs', 'metrics'];

export type TracedImport =
  | { ok: true; runs: TracedRun[]; /** One sentence per refused run. */ rejected: string[] }
  | { ok: false; error: string };

export function exportTracedRuns(runs: readonly TracedRun[], exportedAt = new Date()): string {
  const file: TracedRunsFile = { schema: TRACED_RUNS_SCHEMA, version: TRACED_RUNS_VERSION, exportedAt: exportedAt.toISOString(), runs: [...runs] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function versionProblem(version: unknown): string | null {
  if (version === TRACED_RUNS_VERSION) return null;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `The file's version is ${quote(version)}; a version is a whole number (this reader reads version ${TRACED_RUNS_VERSION}).`;
  }
  if (version > TRACED_RUNS_VERSION) {
    return `The file has version ${version}, newer than this reader (version ${TRACED_RUNS_VERSION}): it was written by a later release; read it with that release.`;
  }
  return `The file has version ${version}; its runs lack what version ${TRACED_RUNS_VERSION} requires (${ADDED_IN_VERSION_2.join(', ')}), so they cannot be traced.`;
}

export function importTracedRuns(text: string): TracedImport {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.length > MAX_TRACED_FILE_CHARACTERS) return { ok: false, error: `The file is larger than ${MAX_TRACED_FILE_CHARACTERS / 1e6} million characters.` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  if (!isPlainObject(parsed)) return { ok: false, error: 'The file is not a run export (expected a JSON object).' };
  if (parsed.schema === undefined) return { ok: false, error: `The file has no schema field; a run export names its schema ("${TRACED_RUNS_SCHEMA}").` };
  if (parsed.schema !== TRACED_RUNS_SCHEMA) return { ok: false, error: `The file is not a run export: its schema is ${quote(parsed.schema)}, expected "${TRACED_RUNS_SCHEMA}".` };
  if (parsed.version === undefined) return { ok: false, error: 'The file has no version field.' };
  const problem = versionProblem(parsed.version);
  if (problem !== null) return { ok: false, error: problem };
  if (!Array.isArray(parsed.runs)) return { ok: false, error: 'The file has no list of runs (the field runs is missing or not a list).' };
  if (parsed.runs.length > MAX_TRACED_RUNS) return { ok: false, error: `The file has ${parsed.runs.length} runs; at most ${MAX_TRACED_RUNS} can be read.` };
  const runs: TracedRun[] = [];
  const rejected: string[] = [];
  parsed.runs.forEach((raw: unknown, i) => {
    const checked = validateTracedRun(raw, `runs[${i}]`);
    if (checked.ok) runs.push(checked.run);
    else rejected.push(`Run ${i + 1} was not read: ${checked.problem}.`);
  });
  return { ok: true, runs, rejected };
}
