/**
 * The two-way settings form: controls → settings (the first refusal with its field and reason),
 * settings → controls, and settings ⇄ URL parameters read back through the same validators.
 */
import { describe, expect, it } from 'vitest';
import { settingsForm, type Field, type FieldReading } from '../../components/ui/controls/settings-form';

/** A control holding text, read by a validator, as a number input or a select would be. */
function fakeField<V>(initial: string, parse: (text: string) => FieldReading<V>, toText: (value: V) => string = String): Field<V> & { text: string; shown: string; marks: Record<string, string> } {
  const field = {
    text: initial,
    shown: '',
    marks: {} as Record<string, string>,
    control: { addEventListener: () => undefined, setAttribute: (name: string, value: string) => { field.marks[name] = value; } } as unknown as HTMLElement,
    read: () => {
      const reading = parse(field.text);
      field.shown = reading.ok ? '' : reading.reason;
      return reading;
    },
    write: (value: V) => {
      field.text = toText(value);
    },
    toText,
    setText: (text: string) => {
      field.text = text;
    },
  };
  return field;
}

const integer = (label: string, min: number, max: number) => (text: string): FieldReading<number> => {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? { ok: true, value } : { ok: false, reason: `${label} must be a whole number from ${min} to ${max}.` };
};
const choice = (text: string): FieldReading<'a' | 'b'> => (text === 'a' || text === 'b' ? { ok: true, value: text } : { ok: false, reason: `unknown choice "${text}".` });

function form() {
  const fields = { seed: fakeField('1', integer('Seed', 0, 99)), epochs: fakeField('10', integer('Epochs', 1, 500)), mode: fakeField<'a' | 'b'>('a', choice) };
  return { fields, form: settingsForm(fields) };
}

describe('settingsForm', () => {
  it('reads every field into plain settings', () => {
    expect(form().form.read()).toEqual({ ok: true, settings: { seed: 1, epochs: 10, mode: 'a' } });
  });

  it('reads every field (each shows its own reason) and returns the first refusal with its field', () => {
    const { fields, form: settings } = form();
    fields.seed.text = '-3';
    fields.mode.text = 'z';
    expect(settings.read()).toEqual({ ok: false, field: 'seed', reason: 'Seed must be a whole number from 0 to 99.' });
    expect(fields.mode.shown).toBe('unknown choice "z".');
  });

  it('writes settings back into the controls, and reads the same settings again', () => {
    const { fields, form: settings } = form();
    settings.write({ seed: 42, epochs: 300, mode: 'b' });
    expect([fields.seed.text, fields.epochs.text, fields.mode.text]).toEqual(['42', '300', 'b']);
    expect(settings.read()).toEqual({ ok: true, settings: { seed: 42, epochs: 300, mode: 'b' } });
  });

  it('updates only the settings it is given (a preset), leaving the rest as the reader left them', () => {
    const { fields, form: settings } = form();
    fields.seed.text = '9';
    settings.update({ epochs: 250, mode: 'b' });
    expect([fields.seed.text, fields.epochs.text, fields.mode.text]).toEqual(['9', '250', 'b']);
  });

  it('turns settings into URL parameters and back through the same validators', () => {
    const { form: settings } = form();
    const params = settings.toParams({ seed: 7, epochs: 20, mode: 'b' }, 'demo-');
    expect(params.toString()).toBe('demo-seed=7&demo-epochs=20&demo-mode=b');
    const restored = form().form;
    expect(restored.restoreParams(params, 'demo-')).toEqual([]);
    expect(restored.read()).toEqual({ ok: true, settings: { seed: 7, epochs: 20, mode: 'b' } });
  });

  it('names each control by its setting, so a page or a test can find it', () => {
    const { fields, form: settings } = form();
    expect(settings.keys).toEqual(['seed', 'epochs', 'mode']);
    expect([fields.seed.marks['data-setting'], fields.epochs.marks['data-setting'], fields.mode.marks['data-setting']]).toEqual(['seed', 'epochs', 'mode']);
  });

  it('refuses garbage from the address exactly as it refuses it from the controls, keeps the value it had, and leaves absent parameters alone', () => {
    const garbage = new URLSearchParams({ epochs: '<script>alert(1)</script>', mode: 'b' });
    const { fields, form: settings } = form();
    expect(settings.restoreParams(garbage)).toEqual(['Epochs must be a whole number from 1 to 500.']);
    expect(fields.epochs.text).toBe('10');
    expect(fields.epochs.shown).toBe('');
    expect(fields.seed.text).toBe('1');
    expect(fields.mode.text).toBe('b');
    expect(settings.read()).toEqual({ ok: true, settings: { seed: 1, epochs: 10, mode: 'b' } });
  });
});
