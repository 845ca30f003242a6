/**
 * The CSV part of a config (config.csv), read from untrusted input like every other field: a file
 * name, a label column, feature columns and a data hash, each checked, or a notice saying why not.
 */
import type { CsvSource } from './definition.ts';
import { quote } from './text-values.ts';

export const CSV_NAME_MAX = 200;
export const CSV_FEATURES_MAX = 100;
const DATA_HASH = /^sha256:[0-9a-f]{64}$/;

export type CsvSourceReading = { ok: true; source: CsvSource } | { ok: false; problem: string };

const isName = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= CSV_NAME_MAX;

export function readCsvSource(raw: unknown): CsvSourceReading {
  if (typeof raw === 'string') {
    try {
      return readCsvSource(JSON.parse(raw));
    } catch {
      return { ok: false, problem: `the CSV description ${quote(raw)} is not JSON` };
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: `the CSV description must be an object, got ${quote(raw)}` };
  const { file, label, features, hash } = raw as Record<string, unknown>;
  if (!isName(file)) return { ok: false, problem: `the file name must be text of 1 to ${CSV_NAME_MAX} characters, got ${quote(file)}` };
  if (!isName(label)) return { ok: false, problem: `the label column must be a column name, got ${quote(label)}` };
  if (!Array.isArray(features) || features.length === 0 || features.length > CSV_FEATURES_MAX || !features.every(isName)) {
    return { ok: false, problem: `the features must be 1 to ${CSV_FEATURES_MAX} column names, got ${quote(features)}` };
  }
  if (new Set(features).size !== features.length || features.includes(label)) {
    return { ok: false, problem: 'the feature columns must be distinct and must not include the label' };
  }
  if (typeof hash !== 'string' || !DATA_HASH.test(hash)) return { ok: false, problem: `the data hash must be "sha256:" and 64 hex digits, got ${quote(hash)}` };
  return { ok: true, source: { file, label, features: [...features], hash } };
}

export function copyCsvSource(source: CsvSource): CsvSource {
  return { ...source, features: [...source.features] };
}

/** "measurements.csv (label species, 4 features)" */
export function describeCsvSource(source: CsvSource): string {
  const count = source.features.length;
  return `${source.file} (label ${source.label}, ${count} feature${count === 1 ? '' : 's'})`;
}
