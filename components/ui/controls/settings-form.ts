/**
 * A demo's settings, both ways: its controls read into plain settings (every field validated, the
 * first refusal returned with its field and reason, each reason shown beside its field), plain
 * settings written back into the controls, and the same settings as URL parameters, read back
 * through the very same validators (so a shared link can never carry a value the form would refuse).
 */
import { readNumberField } from './number-field';

export type FieldReading<V> = { ok: true; value: V } | { ok: false; reason: string };
export type Reading<S> = { ok: true; settings: S } | { ok: false; field: string; reason: string };

export interface Field<V> {
  /** The control the reader edits (validated as they type). */
  readonly control: HTMLElement;
  read(): FieldReading<V>;
  write(value: V): void;
  /** The value as URL text, and URL text put into the control (read() then validates it). */
  toText(value: V): string;
  setText(text: string): void;
}

export type Fields<S> = { readonly [K in keyof S]: Field<S[K]> };

export interface SettingsForm<S> {
  read(): Reading<S>;
  write(settings: S): void;
  /** Writes only the settings given (a preset, a one-click comparison), leaving the others as they are. */
  update(settings: Partial<S>): void;
  toParams(settings: S, prefix?: string): URLSearchParams;
  /**
   * Puts each parameter present into its control and reads it through the field's own validator; a
   * refused value gives its control back its previous value. Returns one reason per refused value.
   */
  restoreParams(params: URLSearchParams, prefix?: string): string[];
  /** The settings' names, in the form's order. */
  readonly keys: readonly string[];
  /** Shows a field's refusal as the reader types, before Train is pressed. */
  validateWhileTyping(): void;
}

/** A number input, checked against its own min, max and data-integer (number-field.ts). */
export function numberField(input: HTMLInputElement): Field<number> {
  return {
    control: input,
    read: () => readNumberField(input),
    write: (value) => {
      input.value = String(value);
      readNumberField(input);
    },
    toText: (value) => String(value),
    setText: (text) => {
      input.value = text;
    },
  };
}

/** A select whose value `parse` checks and turns into the setting. */
export function selectField<V>(select: HTMLSelectElement, parse: (text: string) => FieldReading<V>, toText: (value: V) => string = String): Field<V> {
  return {
    control: select,
    read: () => parse(select.value),
    write: (value) => {
      select.value = toText(value);
    },
    toText,
    setText: (text) => {
      select.value = text;
    },
  };
}

/** A select whose value must be one of `choices`. */
export function choiceField<T extends string>(select: HTMLSelectElement, choices: readonly T[], label: string): Field<T> {
  const isChoice = (value: string): value is T => (choices as readonly string[]).includes(value);
  return selectField(select, (text) => (isChoice(text) ? { ok: true, value: text } : { ok: false, reason: `${label}: unknown choice "${text}".` }));
}

/** One checkbox: on or off ("1" or "0" in a link). */
export function checkboxField(box: HTMLInputElement): Field<boolean> {
  const tick = (on: boolean) => { box.checked = on; };
  return { control: box, read: () => ({ ok: true, value: box.checked }), write: tick, toText: (on) => (on ? '1' : '0'), setText: (text) => tick(text === '1') };
}

/** A group of checkboxes: the ticked values, checked by `check`, whose refusal shows in `error`. */
export function checkboxGroupField<V extends string>(group: HTMLElement, error: HTMLElement, check: (ticked: string[]) => FieldReading<V[]>): Field<V[]> {
  const boxes = () => [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const tick = (values: readonly string[]) => boxes().forEach((box) => { box.checked = values.includes(box.value); });
  return {
    control: group,
    read: () => {
      const reading = check(boxes().filter((box) => box.checked).map((box) => box.value));
      error.textContent = reading.ok ? '' : reading.reason;
      return reading;
    },
    write: tick,
    toText: (values) => values.join(','),
    setText: (text) => tick(text.split(',')),
  };
}

/** The form over `fields`; each field's control is marked with data-setting="<its name>". */
export function settingsForm<S>(fields: Fields<S>): SettingsForm<S> {
  const keys = Object.keys(fields) as (keyof S & string)[];
  for (const key of keys) fields[key].control.setAttribute('data-setting', key);
  const read = (): Reading<S> => {
    const readings = keys.map((key) => [key, fields[key].read()] as const);
    const settings = {} as S;
    for (const [key, reading] of readings) {
      if (!reading.ok) return { ok: false, field: key, reason: reading.reason };
      settings[key] = reading.value as S[typeof key];
    }
    return { ok: true, settings };
  };
  return {
    read,
    write: (settings) => keys.forEach((key) => fields[key].write(settings[key])),
    update: (settings) => keys.forEach((key) => {
      if (settings[key] !== undefined) fields[key].write(settings[key]);
    }),
    toParams: (settings, prefix = '') => new URLSearchParams(keys.map((key) => [`${prefix}${key}`, fields[key].toText(settings[key])])),
    restoreParams: (params, prefix = '') => {
      const refused: string[] = [];
      for (const key of keys) {
        const text = params.get(`${prefix}${key}`);
        if (text === null) continue;
        const field = fields[key];
        const before = field.read();
        field.setText(text);
        const reading = field.read();
        if (reading.ok) continue;
        refused.push(reading.reason);
        if (before.ok) field.write(before.value);
        field.read();
      }
      return refused;
    },
    keys,
    validateWhileTyping: () => {
      for (const key of keys) fields[key].control.addEventListener('input', () => fields[key].read());
    },
  };
}
