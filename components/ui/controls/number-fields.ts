/**
 * Reads several number fields at once: every field is read (so each shows its own reason), and the
 * first refusal, in the order the fields are given, is returned.
 */
import { readNumberField } from './number-field';

export type NumberFieldsReading<K extends string> = { ok: true; values: Record<K, number> } | { ok: false; reason: string };

export function readNumberFields<K extends string>(fields: Readonly<Record<K, HTMLInputElement>>): NumberFieldsReading<K> {
  const keys = Object.keys(fields) as K[];
  const readings = keys.map((key) => readNumberField(fields[key]));
  const values = {} as Record<K, number>;
  for (const [index, reading] of readings.entries()) {
    if (!reading.ok) return reading;
    values[keys[index]!] = reading.value;
  }
  return { ok: true, values };
}
