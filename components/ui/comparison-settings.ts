/**
 * Reads the numbers every seed-comparison widget shares (network size, seeds, epochs, learning rate)
 * from its fields, each validated with its reason shown beside it, and loads a data set's suggested
 * values into them.
 */
import { readNumberField } from './number-field';
import { readNumberFields } from './number-fields';
import type { ComparisonElements } from './comparison-elements';

export type Reading<T> = ({ ok: true } & T) | { ok: false; reason: string };

export interface ComparisonNumbers {
  hidden: number[];
  seedCount: number;
  baseSeed: number;
  epochs: number;
  learningRate: number;
}

export interface DatasetPreset {
  units?: number;
  epochs: number;
  learningRate: number;
}

type NumberFieldsOf = Pick<ComparisonElements, 'layers' | 'units' | 'seeds' | 'baseSeed' | 'epochs' | 'learningRate'>;

export function comparisonNumberFields(elements: NumberFieldsOf): HTMLInputElement[] {
  return [elements.layers, elements.units, elements.seeds, elements.baseSeed, elements.epochs, elements.learningRate];
}

/** Validates every field as the reader types, so a refusal shows before Train is pressed. */
export function validateWhileTyping(elements: NumberFieldsOf): void {
  for (const field of comparisonNumberFields(elements)) field.addEventListener('input', () => readNumberField(field));
}

export function readComparisonNumbers({ layers, units, seeds, baseSeed, epochs, learningRate }: NumberFieldsOf): Reading<{ numbers: ComparisonNumbers }> {
  const reading = readNumberFields({ layers, units, seeds, baseSeed, epochs, learningRate });
  if (!reading.ok) return reading;
  const { values } = reading;
  return {
    ok: true,
    numbers: {
      hidden: Array.from({ length: values.layers }, () => values.units),
      seedCount: values.seeds, baseSeed: values.baseSeed, epochs: values.epochs, learningRate: values.learningRate,
    },
  };
}

/** Puts a data set's suggested width (when it has one), epochs and learning rate into the fields. */
export function applyDatasetPreset(elements: NumberFieldsOf, preset: DatasetPreset): void {
  const fields: [HTMLInputElement, number | undefined][] = [[elements.units, preset.units], [elements.epochs, preset.epochs], [elements.learningRate, preset.learningRate]];
  for (const [field, value] of fields) {
    if (value === undefined) continue;
    field.value = String(value);
    readNumberField(field);
  }
}

export function isChoice<Id extends string>(choices: readonly { value: Id }[], value: string): value is Id {
  return choices.some((choice) => choice.value === value);
}
