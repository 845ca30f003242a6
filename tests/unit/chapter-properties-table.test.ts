// The "Properties side by side" table in chapter 4 is prose, the activation catalog is code: the two
// must rate every function alike in every column, so the explorer and the chapter never contradict
// each other. Words the table uses for conditional cases ("if α = 1") are checked at both sides of the
// condition.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getActivation, type ActivationEntry, type ParamValues } from '../../lab/index.ts';
import type { Saturation } from '../../lab/activations/types.ts';
import { expectRounded, parseProseNumber } from './support/chapter-text.ts';

const CHAPTER = new URL('../../content/04-the-nonlinear-family.mdx', import.meta.url);
const HEADER = '| Function | Range | Monotonic | Smooth | Zero-centred | Saturates | Cost |';

const CATALOG_ID: Readonly<Record<string, string>> = {
  Step: 'step', Linear: 'linear', Sigmoid: 'sigmoid', Tanh: 'tanh', ReLU: 'relu', 'Leaky ReLU': 'leaky-relu',
  PReLU: 'prelu', ELU: 'elu', SELU: 'selu', Softplus: 'softplus', Softsign: 'softsign', Softmax: 'softmax',
  Swish: 'swish', GELU: 'gelu', Mish: 'mish', 'Hard sigmoid': 'hard-sigmoid', ReLU6: 'relu6',
};

/** Table words for saturation; softmax's "yes" means it saturates as one score dominates, in every direction. */
const SATURATION_WORD: Readonly<Record<string, Saturation>> = { both: 'both', 'both, slowly': 'both', left: 'left', no: 'none', yes: 'both' };

interface Row {
  name: string;
  range: string;
  monotonic: string;
  smooth: string;
  zeroCentred: string;
  saturates: string;
  cost: string;
}

function tableRows(): Row[] {
  const lines = readFileSync(CHAPTER, 'utf8').split('\n');
  const start = lines.indexOf(HEADER);
  expect(start, 'the chapter has its properties table').toBeGreaterThan(0);
  const rows: Row[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [name, range, monotonic, smooth, zeroCentred, saturates, cost] = line.slice(1, -1).split('|').map((cell) => cell.trim());
    rows.push({ name: name!, range: range!, monotonic: monotonic!, smooth: smooth!, zeroCentred: zeroCentred!, saturates: saturates!, cost: cost! });
  }
  return rows;
}

const yesNo = (word: string): boolean => {
  expect(['yes', 'no'], `"${word}" is yes or no`).toContain(word);
  return word === 'yes';
};

/** f(−x) = −f(x) at a spread of points. */
function isOdd(entry: ActivationEntry): boolean {
  if (entry.kind !== 'scalar') return false;
  return [0.3, 1, 2.5, 7].every((x) => Math.abs(entry.value(x) + entry.value(-x)) < 1e-12);
}

/** A range as the table writes it: "0 or 1", "all reals", or brackets around two ends. */
function expectRange(row: Row, entry: ActivationEntry, params: ParamValues = {}): void {
  const { lo, hi, label } = entry.properties(params).range;
  if (row.range === '0 or 1') {
    expect([lo, hi, label]).toEqual([0, 1, String.raw`\{0, 1\}`]);
    return;
  }
  if (row.range === 'all reals') {
    expect([lo, hi]).toEqual([-Infinity, Infinity]);
    return;
  }
  const match = row.range.match(/^([[(])(.+), (.+)([\])])$/);
  expect(match, `${row.name}: "${row.range}" reads as an interval`).not.toBeNull();
  const [, open, low, high, close] = match!;
  expect(open, `${row.name}: the lower end is ${open === '[' ? 'closed' : 'open'}`).toBe(label[0]);
  expect(close, `${row.name}: the upper end`).toBe(label.match(/[)\]]/)![0]);
  const end = (text: string, value: number, which: string) => {
    if (text === '∞') expect(value, `${row.name}: ${which}`).toBe(Infinity);
    else if (text === '−α') {
      expect(value).toBe(-1);
      expect(entry.properties({ alpha: 2.5 }).range.lo, `${row.name}: the lower end follows α`).toBe(-2.5);
    } else expectRounded(parseProseNumber(text), value, `${row.name}: ${which}`);
  };
  end(low!, lo, 'lower end');
  end(high!, hi, 'upper end');
}

describe('chapter 4 properties table', () => {
  const rows = tableRows();

  it('lists every function it names in the catalog', () => {
    expect(rows.map((row) => row.name)).toEqual(Object.keys(CATALOG_ID));
  });

  it.each(rows)('$name: every column matches the catalog', (row) => {
    const entry = getActivation(CATALOG_ID[row.name]!);
    const properties = entry.properties({});
    expectRange(row, entry);

    if (row.monotonic === 'if α ≥ 0') {
      // The catalog rates the slopes it offers (0 to 1); a learned slope that turns negative makes f fall on the left.
      expect(entry.properties({ alpha: 0.25 }).monotonic).toBe(true);
      expect(entry.kind === 'scalar' && entry.value(-2, { alpha: -0.5 }) > entry.value(0, { alpha: -0.5 })).toBe(true);
    } else if (row.monotonic === 'own score') {
      // Softmax: each output rises with its own score (and falls with the others'); the catalog calls that monotonic.
      expect(entry.kind).toBe('vector');
      expect(properties.monotonic).toBe(true);
    } else expect(yesNo(row.monotonic)).toBe(properties.monotonic);

    if (row.smooth === 'if α = 1') {
      expect(entry.properties({ alpha: 1 }).smooth).toBe(true);
      expect(entry.properties({ alpha: 2 }).smooth).toBe(false);
    } else expect(yesNo(row.smooth)).toBe(properties.smooth);

    // "yes": symmetric about the origin; "roughly" and "by design": takes both signs through 0 but is not odd.
    expect(['yes', 'roughly', 'by design', 'no']).toContain(row.zeroCentred);
    expect(properties.zeroCentred, `${row.name}: zero-centred at all`).toBe(row.zeroCentred !== 'no');
    if (row.zeroCentred !== 'no') expect(isOdd(entry), `${row.name}: odd`).toBe(row.zeroCentred === 'yes');
    if (row.zeroCentred === 'by design') expect(entry.id).toBe('selu');

    expect(Object.keys(SATURATION_WORD)).toContain(row.saturates);
    expect(SATURATION_WORD[row.saturates]).toBe(properties.saturating);
    expect(row.cost).toBe(properties.cost);
  });
});
