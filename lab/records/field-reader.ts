/**
 * Reading fields of untrusted JSON with messages that tell a missing field from a wrong one and
 * name it by its path ("runs[3].metrics.testAccuracy"). Readers throw FieldProblem; the caller
 * turns it into a refusal.
 */
import { quote } from '../experiments/text-values.ts';

export class FieldProblem extends Error {}

type Fields = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export interface FieldReader {
  readonly path: string;
  has(name: string): boolean;
  /** The raw value; refuses when it is absent. */
  present(name: string): unknown;
  /** Refuses with "<path> must be <expected>, got <value>". */
  wrong(name: string, expected: string): never;
  text(name: string, maxLength: number, pattern?: RegExp, expected?: string): string;
  integer(name: string, min: number, max: number): number;
  number(name: string, min: number, max: number): number;
  nullableNumber(name: string, min: number, max: number): number | null;
  nullableInteger(name: string, min: number, max: number): number | null;
  oneOf<T extends string>(name: string, choices: readonly T[]): T;
  date(name: string): string;
  object(name: string): FieldReader;
  list(name: string, maxLength: number): unknown[];
}

export function fieldReader(value: unknown, path: string): FieldReader {
  if (!isPlainObject(value)) throw new FieldProblem(`${path} must be an object, got ${quote(value)}`);
  const fields = value;
  const at = (name: string) => (path === '' ? name : `${path}.${name}`);
  const reader: FieldReader = {
    path,
    has: (name) => Object.hasOwn(fields, name) && fields[name] !== undefined,
    present(name) {
      if (!reader.has(name)) throw new FieldProblem(`the field ${at(name)} is missing`);
      return fields[name];
    },
    wrong(name, expected) {
      throw new FieldProblem(`${at(name)} must be ${expected}, got ${quote(fields[name])}`);
    },
    text(name, maxLength, pattern, expected = `text of at most ${maxLength} characters`) {
      const v = reader.present(name);
      return typeof v === 'string' && v.length <= maxLength && (pattern === undefined || pattern.test(v)) ? v : reader.wrong(name, expected);
    },
    integer(name, min, max) {
      const v = reader.present(name);
      return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : reader.wrong(name, `a whole number from ${min} to ${max}`);
    },
    number(name, min, max) {
      const v = reader.present(name);
      return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : reader.wrong(name, `a number from ${min} to ${max}`);
    },
    nullableNumber: (name, min, max) => (reader.present(name) === null ? null : reader.number(name, min, max)),
    nullableInteger: (name, min, max) => (reader.present(name) === null ? null : reader.integer(name, min, max)),
    oneOf(name, choices) {
      const v = reader.present(name);
      return typeof v === 'string' && (choices as readonly string[]).includes(v) ? (v as (typeof choices)[number]) : reader.wrong(name, choices.map((c) => `"${c}"`).join(' or '));
    },
    date(name) {
      const v = reader.text(name, 40);
      return Number.isNaN(Date.parse(v)) ? reader.wrong(name, 'a date and time (ISO 8601)') : v;
    },
    object: (name) => fieldReader(reader.present(name), at(name)),
    list(name, maxLength) {
      const v = reader.present(name);
      return Array.isArray(v) && v.length <= maxLength ? v : reader.wrong(name, `a list of at most ${maxLength} entries`);
    },
  };
  return reader;
}
