/**
 * Readers for single config fields from untrusted input (URL text, JSON, CLI arguments). Each returns
 * the accepted value, or the fallback together with a notice saying what was replaced and why.
 */
import { formatNumber, quote } from './text-values.ts';

export interface Range {
  min: number;
  max: number;
}

export interface FieldResult<T> {
  value: T;
  notice?: string;
}

/** Plain decimal notation only: no hex, no empty strings, no "Infinity". */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const NO_VALUE_WORDS = new Set(['', 'none', 'off', 'null']);

export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string' || !DECIMAL.test(raw.trim())) return undefined;
  const value = Number(raw.trim());
  return Number.isFinite(value) ? value : undefined;
}

function replaced<T>(label: string, raw: unknown, reason: string, fallback: T): FieldResult<T> {
  const shown = typeof fallback === 'number' ? formatNumber(fallback) : String(fallback ?? 'none');
  return { value: fallback, notice: `${label}: ${quote(raw)} ${reason}; using ${shown}.` };
}

/** Why a raw value is not an acceptable number, or the number itself. */
function checkNumber(raw: unknown, range: Range, integer: boolean): { value: number } | { reason: string } {
  const value = parseNumber(raw);
  if (value === undefined) return { reason: 'is not a number' };
  if (integer && !Number.isInteger(value)) return { reason: 'is not a whole number' };
  if (value < range.min || value > range.max) return { reason: `is outside ${formatNumber(range.min)} to ${formatNumber(range.max)}` };
  return { value };
}

export function readNumberField(label: string, raw: unknown, range: Range, fallback: number, integer = false): FieldResult<number> {
  const checked = checkNumber(raw, range, integer);
  return 'value' in checked ? checked : replaced(label, raw, checked.reason, fallback);
}

/** A number in range, or null for "none" (null, an empty string, or the words none/off/null). */
export function readOptionalNumberField(label: string, raw: unknown, range: Range, fallback: number | null): FieldResult<number | null> {
  if (raw === null || (typeof raw === 'string' && NO_VALUE_WORDS.has(raw.trim().toLowerCase()))) return { value: null };
  const checked = checkNumber(raw, range, false);
  return 'value' in checked ? checked : replaced(label, raw, checked.reason, fallback);
}

export function readChoiceField<T extends string>(label: string, raw: unknown, allowed: readonly T[], fallback: T): FieldResult<T> {
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
  if (typeof text === 'string' && (allowed as readonly string[]).includes(text)) return { value: text as T };
  return replaced(label, raw, `is not one of ${allowed.join(', ')}`, fallback);
}
