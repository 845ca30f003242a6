import { describe, expect, it } from 'vitest';
import { describeTarget, meetsTarget, parseTarget } from '../../components/ui/demo-run/target';
import { thinSeries } from '../../components/ui/charts/thin';
import { mixHex } from '../../components/ui/charts/colour';
import { validateNumber } from '../../components/ui/controls/number-field';
import { decimalsOfStep } from '../../components/ui/demo-run/live-outputs';

describe('demo targets', () => {
  it('parses both directions and compares values against them', () => {
    const above = parseTarget('>=0.95')!;
    const below = parseTarget(' <= 1e-3 ')!;
    expect(above).toEqual({ comparison: '>=', value: 0.95 });
    expect(below).toEqual({ comparison: '<=', value: 0.001 });
    expect([meetsTarget(0.95, above), meetsTarget(0.949, above), meetsTarget(0.0005, below), meetsTarget(0.01, below)]).toEqual([true, false, true, false]);
    expect(meetsTarget(Number.NaN, above)).toBe(false);
    expect(describeTarget(above)).toBe('≥ 0.95');
  });

  it('refuses anything that is not a comparison with a number', () => {
    for (const text of ['', '0.95', '>0.95', '>=', '>=abc', '== 1']) expect(parseTarget(text)).toBeUndefined();
  });
});

describe('thinSeries', () => {
  it('keeps at most the asked number of points, first and last included, in order', () => {
    const items = Array.from({ length: 1001 }, (_, i) => i);
    const thinned = thinSeries(items, 50);
    expect(thinned).toHaveLength(50);
    expect(thinned[0]).toBe(0);
    expect(thinned.at(-1)).toBe(1000);
    expect(thinned.every((value, i) => i === 0 || value > thinned[i - 1]!)).toBe(true);
  });

  it('returns a copy when there is nothing to thin', () => {
    const items = [1, 2, 3];
    const thinned = thinSeries(items, 10);
    expect(thinned).toEqual(items);
    expect(thinned).not.toBe(items);
  });
});

describe('mixHex', () => {
  it('goes from the base colour at 0 to the colour at 1', () => {
    expect(mixHex('#0072b2', '#ffffff', 0)).toBe('#ffffff');
    expect(mixHex('#0072b2', '#ffffff', 1)).toBe('#0072b2');
    expect(mixHex('#000', '#fff', 0.5)).toBe('#808080');
  });

  it('throws on something that is not a hex colour', () => {
    expect(() => mixHex('var(--c1)', '#ffffff', 0.5)).toThrow(/not a hex colour/);
  });
});

describe('validateNumber', () => {
  const rules = { label: 'Learning rate', min: 0.001, max: 10 };
  it('accepts numbers inside the range', () => {
    expect(validateNumber(' 0.5 ', rules)).toEqual({ ok: true, value: 0.5 });
    expect(validateNumber('10', rules)).toEqual({ ok: true, value: 10 });
  });

  it('says why a value is refused', () => {
    expect(validateNumber('', rules)).toEqual({ ok: false, reason: 'Learning rate needs a value.' });
    expect(validateNumber('fast', rules)).toEqual({ ok: false, reason: 'Learning rate must be a number.' });
    expect(validateNumber('0', rules)).toEqual({ ok: false, reason: 'Learning rate must be at least 0.001.' });
    expect(validateNumber('11', rules)).toEqual({ ok: false, reason: 'Learning rate must be at most 10.' });
    expect(validateNumber('Infinity', rules)).toEqual({ ok: false, reason: 'Learning rate must be a number.' });
    expect(validateNumber('2.5', { label: 'Seed', integer: true })).toEqual({ ok: false, reason: 'Seed must be a whole number.' });
  });
});

describe('decimalsOfStep', () => {
  it('shows as many decimals as the step has', () => {
    expect([decimalsOfStep('1'), decimalsOfStep('0.01'), decimalsOfStep('0.25'), decimalsOfStep('any'), decimalsOfStep(null)]).toEqual([0, 2, 2, 2, 2]);
  });
});
