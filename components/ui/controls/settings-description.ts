/**
 * A demo's settings, said once: for each setting its kind, label, default, range or options, hint and
 * refusal wording. SettingsFields.astro draws the fields from it at build time and read-settings.ts
 * reads them back (and writes links) from the same object, so markup, reader and link cannot drift.
 * Pure (no DOM): the build, the browser and the unit tests all use it.
 */
import type { FieldReading } from './settings-form';
import { SEED_RANGE } from '../demo-run/demo-defaults';

interface Common {
  label: string;
  /** The text under the field; a number's default hint is its range, "min to max". */
  hint?: string;
  /** The control's id is `${widget id}-${id}`; `id` defaults to the setting's key. */
  id?: string;
  /** Disabled while the demo trains (the demo contract's lock); true unless said otherwise. */
  lockWhileRunning?: boolean;
}

/** A number input checked against its range; 'integer' also refuses fractions. */
export interface NumberSetting extends Common {
  kind: 'number' | 'integer';
  default: number;
  min: number;
  max: number;
  /** The arrows' step: 1 for integers, any value for numbers unless given. */
  step?: number;
}

export interface Option<T extends string = string> {
  readonly value: T;
  readonly label: string;
}

/**
 * A select. Its setting is the chosen option's value, or what `parse` makes of it (with the refusal
 * wording when the text is not a plain option, e.g. "Choose 1 or 2 hidden layers.").
 */
export interface ChoiceSetting<T extends string = string, V = T> extends Common {
  kind: 'choice';
  default: V;
  options: readonly Option<T>[];
  parse?: (text: string) => FieldReading<V>;
  /** Label above the select (as in a row of number fields) instead of beside it. */
  stacked?: boolean;
}

export interface CheckboxSetting extends Common {
  kind: 'checkbox';
  default: boolean;
}

/** Checkboxes in a fieldset whose legend is the label; `check` refuses a set it cannot use. */
export interface ChecklistSetting<T extends string = string> extends Common {
  kind: 'checklist';
  default: readonly T[];
  options: readonly Option<T>[];
  check: (ticked: string[]) => FieldReading<T[]>;
}

// `any` lets a description hold choices and checklists of any value type; each one's own type is kept by inference.
export type Setting = NumberSetting | ChoiceSetting<any, any> | CheckboxSetting | ChecklistSetting<any>;
export type SettingsDescription = Readonly<Record<string, Setting>>;

/** The value a setting reads as. */
export type ValueOf<S> = S extends NumberSetting ? number
  : S extends CheckboxSetting ? boolean
    : S extends { check: (ticked: string[]) => FieldReading<infer V> } ? V
      : S extends { parse: (text: string) => FieldReading<infer V> } ? V
        : S extends { options: readonly Option<infer T>[] } ? T
          : never;

/** The plain settings a description reads into: no hand-written interface needed. */
export type SettingsOf<D extends SettingsDescription> = { -readonly [K in keyof D]: ValueOf<D[K]> };

/** Keeps every literal (option values, kinds) so that SettingsOf can infer the settings' types. */
export function describeSettings<const D extends SettingsDescription>(description: D): D {
  return description;
}

/** Every setting at its default: what a demo starts from before its fields are read. */
export function defaultsOf<D extends SettingsDescription>(description: D): SettingsOf<D> {
  return Object.fromEntries(Object.entries(description).map(([key, setting]) => [key, setting.default])) as SettingsOf<D>;
}

/** The stock seed: any unsigned 32-bit integer, with the widget's own words on what it fixes. */
export function seedSetting(value: number, hint = 'Same seed, same data, weights and result.', label = 'Seed'): NumberSetting {
  return { kind: 'integer', label, default: value, ...SEED_RANGE, hint };
}

/** "0.0001 to 3": the hint of a number field that says nothing else. */
export const rangeHint = (setting: Pick<NumberSetting, 'min' | 'max'>): string => `${setting.min} to ${setting.max}`;

export const controlId = (widgetId: string, key: string, setting: Setting): string => `${widgetId}-${setting.id ?? key}`;

/** The keys to draw: `keys` (in its order) or every setting in the description's order. */
export function keysToDraw(description: SettingsDescription, keys?: readonly string[]): string[] {
  const chosen = keys ?? Object.keys(description);
  const unknown = chosen.filter((key) => !(key in description));
  if (unknown.length > 0) throw new Error(`No such setting: ${unknown.join(', ')}.`);
  return [...chosen];
}

/** The refusal wording for a select whose text is none of its options. */
export function parseOption<T extends string>(setting: Pick<ChoiceSetting<T>, 'options' | 'label'>, text: string): FieldReading<T> {
  const option = setting.options.find((candidate) => candidate.value === text);
  return option ? { ok: true, value: option.value } : { ok: false, reason: `${setting.label}: unknown choice "${text}".` };
}

