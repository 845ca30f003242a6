/**
 * A settings description: the pure half of SettingsFields.astro and readSettings (ids, hints, which
 * keys are drawn, a select's refusal wording), the types it infers, and the widgets' own descriptions
 * agreeing with the defaults their plans and tests start from.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Depth } from '../../lab/index';
import {
  controlId, defaultsOf, describeSettings, keysToDraw, parseOption, rangeHint, seedSetting, type SettingsOf,
} from '../../components/ui/controls/settings-description';
import { SEED_RANGE } from '../../components/ui/demo-run/demo-defaults';
import { CAPACITY_SETTINGS } from '../../components/widgets/capacity/capacity-config';
import { DEFAULT_RACERS, RACE_SETTINGS } from '../../components/widgets/activation-race/race-config';
import { SOFTMAX_DEFAULTS, SOFTMAX_SETTINGS } from '../../components/widgets/softmax-classes/softmax-config';

const example = describeSettings({
  mode: { kind: 'choice', label: 'Mode', default: 'a', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
  seed: seedSetting(3),
  learningRate: { kind: 'number', id: 'lr', label: 'Learning rate', default: 0.1, min: 0.001, max: 2 },
  stop: { kind: 'checkbox', label: 'Stop early', default: true },
});

describe('settings description', () => {
  it('infers the settings a description reads into', () => {
    expectTypeOf<SettingsOf<typeof example>>().toEqualTypeOf<{ mode: 'a' | 'b'; seed: number; learningRate: number; stop: boolean }>();
    expectTypeOf<SettingsOf<typeof CAPACITY_SETTINGS>['depth']>().toEqualTypeOf<Depth>();
    expectTypeOf<SettingsOf<typeof RACE_SETTINGS>['racers']>().toEqualTypeOf<string[]>();
  });

  it('gives the stock seed the full unsigned 32-bit range as a whole number, with the widget\'s own hint when it has one', () => {
    expect(seedSetting(7)).toEqual({ kind: 'integer', label: 'Seed', default: 7, ...SEED_RANGE, hint: 'Same seed, same data, weights and result.' });
    expect(seedSetting(1, 'Picks the points.', 'Base seed')).toMatchObject({ label: 'Base seed', hint: 'Picks the points.' });
  });

  it('names each control after the widget and the key, unless the description gives its own id', () => {
    expect(controlId('race', 'seed', example.seed)).toBe('race-seed');
    expect(controlId('race', 'learningRate', example.learningRate)).toBe('race-lr');
  });

  it('draws every setting in order, or just the keys asked for in their order, and refuses a key it does not know', () => {
    expect(keysToDraw(example)).toEqual(['mode', 'seed', 'learningRate', 'stop']);
    expect(keysToDraw(example, ['stop', 'seed'])).toEqual(['stop', 'seed']);
    expect(() => keysToDraw(example, ['seed', 'sed'])).toThrow('No such setting: sed.');
  });

  it('gives every setting at its default, under its key', () => {
    expect(defaultsOf(example)).toEqual({ mode: 'a', seed: 3, learningRate: 0.1, stop: true });
  });

  it('says a plain number field\'s range as its hint', () => {
    expect(rangeHint(example.learningRate)).toBe('0.001 to 2');
  });

  it('accepts only a listed option, and names the field when it refuses', () => {
    expect(parseOption(example.mode, 'b')).toEqual({ ok: true, value: 'b' });
    expect(parseOption(example.mode, '<b>')).toEqual({ ok: false, reason: 'Mode: unknown choice "<b>".' });
  });

  it('lets a select parse its text into another type, with its own refusal', () => {
    const depth = CAPACITY_SETTINGS.depth;
    expect(depth.parse('2')).toEqual({ ok: true, value: 2 });
    expect(depth.parse('7')).toEqual({ ok: false, reason: 'Choose 1 or 2 hidden layers.' });
    expect(depth.options.map((option) => option.value)).toContain(String(depth.default));
  });

  it('starts each converted widget from the defaults its plan and tests use', () => {
    expect(RACE_SETTINGS.racers.default).toEqual(DEFAULT_RACERS);
    expect(SOFTMAX_SETTINGS.activation.options.map((option) => option.value)).toContain(SOFTMAX_DEFAULTS.activation);
    expect(SOFTMAX_SETTINGS.activation.parse('softmax')).toMatchObject({ ok: false });
    expect(SOFTMAX_SETTINGS.stopAtTarget.label).toBe('Stop once test accuracy reaches 90%');
  });
});
