import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToDataset, readCsvDataset, CsvProblem, CSV_LIMITS } from '../../lab/csv/index.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/csv/${name}`, import.meta.url), 'utf8');

async function problemOf(text: string, options: Record<string, unknown> = {}): Promise<string> {
  const reading = await readCsvDataset(text, { seed: 1, ...options });
  if (reading.ok) throw new Error('expected the file to be refused');
  return reading.problem;
}

function table(header: string[], rows: number, cell: (row: number, column: number) => string): string {
  const lines = [header.join(',')];
  for (let r = 0; r < rows; r++) lines.push(header.map((_, c) => cell(r, c)).join(','));
  return `${lines.join('\n')}\n`;
}

describe('CSV files refused, each with the row and column named', () => {
  it.each([
    ['empty.csv', {}, /^The file is empty\.$/],
    ['blank-lines-only.csv', {}, /^The file is empty\.$/],
    ['no-header.csv', {}, /^Row 1 looks like data, not column names: 3 of its 3 cells are numbers\. The file needs a header row naming each column/],
    ['no-header-text-label.csv', {}, /^Row 1 looks like data, not column names: 4 of its 5 cells are numbers\./],
    ['non-numeric-feature.csv', {}, /^Row 3, column 2 \("y"\): "abc" is not a number\.$/],
    ['empty-feature.csv', {}, /^Row 2, column 2 \("y"\): "" is empty; every feature needs a number\.$/],
    ['non-finite.csv', {}, /^Row 3, column 2 \("y"\): "Infinity" is not a finite number\.$/],
    ['missing-label.csv', {}, /^Row 3 has no label in column 3 \("label"\)\.$/],
    ['one-class.csv', {}, /^Every row has the label "spam" in column "label"; a classifier needs at least two classes\.$/],
    ['ragged-row.csv', {}, /^Row 3 has 4 fields; the header has 3\. Every row needs one value per column\.$/],
    ['duplicate-header.csv', {}, /^column 1 \("x"\) and column 3 have the same name; column names must be unique\.$/],
    ['blank-header.csv', {}, /^Column 2 has no name in the header \(row 1\)/],
    ['unclosed-quote.csv', {}, /^Row 3: a quoted field is not closed properly/],
    ['too-many-columns.csv', {}, /^The file has 102 columns; at most 100 features plus a label column \(101\) can be used\.$/],
    ['penguins-sample.csv', {}, /^Row 3 has no label in column 6 \("note"\)\.$/],
    ['penguins-sample.csv', { label: 'species' }, /^Row 2, column 6 \("note"\): "measured twice, kept" is not a number\.$/],
  ])('%s %j', async (name, options, message) => {
    expect(await problemOf(fixture(name), options)).toMatch(message);
  });

  it('refuses a number too large for a float64 as not finite', async () => {
    expect(await problemOf('x,label\n1e400,a\n2,b\n3,a\n')).toBe('Row 2, column 1 ("x"): "1e400" is not a finite number.');
  });

  it('refuses more than the row limit, and names the limit', async () => {
    const text = table(['x', 'label'], CSV_LIMITS.rows + 1, (r, c) => (c === 0 ? String(r % 97) : r % 2 ? 'a' : 'b'));
    expect(await problemOf(text)).toBe('The file has more than 100,000 data rows; at most 100,000 can be used.');
  });

  it('refuses a long file even when blank lines hide rows past the parser preview', async () => {
    const rows = table(['x', 'label'], CSV_LIMITS.rows, (r, c) => (c === 0 ? String(r % 97) : r % 2 ? 'a' : 'b'));
    expect(await problemOf(`${rows}\n\n\n7,a\n`)).toMatch(/more than 100,000 data rows/);
  });

  it('refuses a label column with more distinct values than the class limit', async () => {
    const text = table(['x', 'price'], CSV_LIMITS.classes + 1, (r, c) => (c === 0 ? String(r) : String(1000 + r)));
    expect(await problemOf(text)).toBe('Column "price" has 101 different values; at most 100 classes are supported (the label must name classes, not measure a quantity).');
  });

  it('names the header row where it is, after blank lines, and treats a file of separators as empty', async () => {
    expect(await problemOf('\n\n1,2,3\n4,5,6\n')).toMatch(/^Row 3 looks like data, not column names/);
    expect(await problemOf('\nx,,label\n1,2,a\n')).toMatch(/^Column 2 has no name in the header \(row 2\)/);
    expect(await problemOf('\nx,label\n1,a\n2\n')).toMatch(/^Row 4 has 1 field; the header has 2\./);
    expect(await problemOf(',,\n,,\n')).toBe('The file is empty.');
  });

  it('accepts a header with a few numeric names among words', async () => {
    const reading = await readCsvDataset('2019,2020,region,label\n1,2,3,a\n4,5,6,b\n7,8,9,a\n1,1,1,b\n', { seed: 1, testFraction: 0.25 });
    expect(reading.ok && reading.featureColumns).toEqual(['2019', '2020', 'region']);
  });

  it('refuses a header without data and a single column', async () => {
    expect(await problemOf('x,label\n\n')).toBe('The file has a header but no data rows.');
    expect(await problemOf('label\na\nb\n')).toBe('The file has a single column; it needs at least one feature column and a label column.');
  });

  it('refuses column choices it cannot follow', async () => {
    const penguins = fixture('penguins-sample.csv');
    expect(await problemOf(penguins, { label: 'Species' })).toMatch(/^There is no column named "Species" for the label; the columns are "species", "Beak Length \(mm\)"/);
    expect(await problemOf(penguins, { label: 'species', features: ['Body Mass (g)', 'wings'] })).toMatch(/no column named "wings" for the features/);
    expect(await problemOf(penguins, { label: 'species', features: ['species'] })).toBe('Column "species" is the label; it cannot also be a feature.');
    expect(await problemOf(penguins, { label: 'species', features: ['Body Mass (g)', 'Body Mass (g)'] })).toBe('Column "Body Mass (g)" is chosen twice as a feature.');
    expect(await problemOf(penguins, { label: 'species', features: [] })).toBe('Choose at least one feature column.');
  });

  it('refuses a test fraction out of range and a file too small to split', async () => {
    const small = 'x,label\n1,a\n2,b\n';
    expect(await problemOf(small, { testFraction: 0 })).toBe('The test fraction must be from 0.05 to 0.9, got 0.');
    expect(await problemOf(small, { testFraction: Number.NaN })).toMatch(/got NaN/);
    expect(await problemOf('x,label\n1,a\n2,b\n3,a\n', { testFraction: 0.1 })).toBe('The file has 3 data rows: too few to hold out 10 % for testing and train on the rest.');
    expect(await problemOf('x,label\n1,a\n', { testFraction: 0.5 })).toMatch(/^The file has 1 data row: too few/);
  });

  it('rejects with CsvProblem from csvToDataset, so callers can tell refusals from bugs', async () => {
    await expect(csvToDataset(fixture('one-class.csv'), { seed: 1 })).rejects.toThrow(CsvProblem);
  });
});
