// The "Properties side by side" table in chapter 4 is prose, the activation catalog is code: the two
// must rate every function alike, so the explorer and the chapter never contradict each other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../lab/activations/index.ts';
import type { Saturation } from '../../lab/activations/types.ts';

const CHAPTER = new URL('../../content/04-the-nonlinear-family.mdx', import.meta.url);
const HEADER = '| Function | Range | Monotonic | Smooth | Zero-centred | Saturates | Cost |';

const CATALOG_ID: Readonly<Record<string, string>> = {
  Step: 'step', Linear: 'linear', Sigmoid: 'sigmoid', Tanh: 'tanh', ReLU: 'relu', 'Leaky ReLU': 'leaky-relu',
  PReLU: 'prelu', ELU: 'elu', SELU: 'selu', Softplus: 'softplus', Softsign: 'softsign', Softmax: 'softmax',
  Swish: 'swish', GELU: 'gelu', Mish: 'mish', 'Hard sigmoid': 'hard-sigmoid', ReLU6: 'relu6',
};

/** Table words for saturation; other wordings ("yes" for softmax) explain a case the catalog cannot. */
const SATURATION_WORD: Readonly<Record<string, Saturation>> = { both: 'both', 'both, slowly': 'both', left: 'left', no: 'none' };

interface Row {
  name: string;
  monotonic: string;
  smooth: string;
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
    const [name, , monotonic, smooth, , saturates, cost] = line.slice(1, -1).split('|').map((cell) => cell.trim());
    rows.push({ name: name!, monotonic: monotonic!, smooth: smooth!, saturates: saturates!, cost: cost! });
  }
  return rows;
}

const yesNo = (word: string): boolean | undefined => (word === 'yes' ? true : word === 'no' ? false : undefined);

describe('chapter 4 properties table', () => {
  const rows = tableRows();

  it('lists every function it names in the catalog', () => {
    expect(rows.map((row) => row.name)).toEqual(Object.keys(CATALOG_ID));
  });

  it.each(rows)('$name: cost, monotonicity, smoothness and saturation match the catalog', (row) => {
    const properties = getActivation(CATALOG_ID[row.name]!).properties({});
    expect(row.cost).toBe(properties.cost);
    if (yesNo(row.monotonic) !== undefined) expect(yesNo(row.monotonic)).toBe(properties.monotonic);
    if (yesNo(row.smooth) !== undefined) expect(yesNo(row.smooth)).toBe(properties.smooth);
    if (row.saturates in SATURATION_WORD) expect(SATURATION_WORD[row.saturates]).toBe(properties.saturating);
  });
});
