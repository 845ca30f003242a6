import { describe, expect, it } from 'vitest';
import { listActivations, type ActivationEntry } from '../../lab/activations/index.ts';
import { buildFrameworkTable, describeDifference, FRAMEWORKS, wrapPoints } from '../../components/widgets/framework-table/framework-table.ts';

const catalog = listActivations();

/** Every number written in a text, signs and unicode minus ignored: "0.2 (op), 0.3 (layer)" → ["0.2", "0.3"]. */
const numbersIn = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];

describe('the framework table is generated from the catalog', () => {
  const table = buildFrameworkTable(catalog);

  it('has one row per catalog entry, in catalog order, with each framework’s string, calls and note', () => {
    expect(table.rows.map((row) => row.id)).toEqual(catalog.map((entry) => entry.id));
    for (const [index, entry] of catalog.entries()) {
      const row = table.rows[index]!;
      expect(row.name).toBe(entry.name);
      for (const { key } of FRAMEWORKS) {
        expect(row.cells[key].identifier).toBe(entry.frameworks[key].identifier);
        expect(row.cells[key].calls).toEqual(entry.frameworks[key].calls);
        expect(row.cells[key].note).toBe(entry.frameworks[key].note);
      }
    }
  });

  it('footnotes exactly the defaults the catalog says differ, and marks every cell of those rows', () => {
    const expected = catalog.flatMap((entry) => (entry.frameworks.differingDefaults ?? []).map((difference) => `${entry.id}: ${difference.setting}`));
    expect(table.differences.map((footnote) => `${footnote.rowId}: ${footnote.setting}`)).toEqual(expected);
    expect(table.differences.map((footnote) => footnote.number)).toEqual(expected.map((_, i) => i + 1));
    for (const id of ['leaky-relu', 'prelu', 'hard-sigmoid', 'softmax']) expect(expected.some((line) => line.startsWith(`${id}:`)), id).toBe(true);
    for (const row of table.rows) {
      const own = table.differences.filter((footnote) => footnote.rowId === row.id).map((footnote) => footnote.number);
      for (const { key } of FRAMEWORKS) expect(row.cells[key].differences, `${row.id} ${key}`).toEqual(own);
    }
    expect(describeDifference(table.differences.find((footnote) => footnote.rowId === 'leaky-relu')!)).toBe(
      'Leaky ReLU, negative slope: Keras 3 0.2 (function), 0.3 (layer); PyTorch 0.01; TensorFlow.js 0.2 (op), 0.3 (layer).',
    );
  });

  it('every footnoted default also appears in that framework’s own calls or note, so the two cannot drift apart', () => {
    for (const entry of catalog) {
      for (const difference of entry.frameworks.differingDefaults ?? []) {
        for (const { key } of FRAMEWORKS) {
          const usage = entry.frameworks[key];
          const written = [...usage.calls, usage.note ?? ''].join(' ');
          for (const number of numbersIn(difference[key])) {
            expect(numbersIn(written), `${entry.id} ${key}: ${difference.setting} ${difference[key]}`).toContain(number);
          }
        }
      }
    }
  });

  it('changes when a default in the catalog changes', () => {
    const leaky = catalog.find((entry) => entry.id === 'leaky-relu')!;
    const changed: ActivationEntry = {
      ...leaky,
      frameworks: { ...leaky.frameworks, pytorch: { ...leaky.frameworks.pytorch, calls: ['torch.nn.LeakyReLU(negative_slope=0.02)'] } },
    };
    const edited = buildFrameworkTable(catalog.map((entry) => (entry.id === 'leaky-relu' ? changed : entry)));
    expect(edited).not.toEqual(table);
    expect(edited.rows.find((row) => row.id === 'leaky-relu')!.cells.pytorch.calls).toEqual(['torch.nn.LeakyReLU(negative_slope=0.02)']);
    const withoutDifferences = buildFrameworkTable(catalog.map((entry) => ({ ...entry, frameworks: { ...entry.frameworks, differingDefaults: [] } })));
    expect(withoutDifferences.differences).toEqual([]);
    expect(withoutDifferences.rows.every((row) => FRAMEWORKS.every(({ key }) => row.cells[key].differences.length === 0))).toBe(true);
  });
});

describe('wrapPoints', () => {
  it('cuts a call after name dots, commas, brackets and equals signs, never inside a number, and loses nothing', () => {
    const call = 'keras.layers.LeakyReLU(negative_slope=0.3)';
    expect(wrapPoints(call)).toEqual(['keras.', 'layers.', 'LeakyReLU(', 'negative_slope=', '0.3)']);
    for (const entry of catalog) for (const { key } of FRAMEWORKS) for (const text of entry.frameworks[key].calls) expect(wrapPoints(text).join('')).toBe(text);
  });
});
