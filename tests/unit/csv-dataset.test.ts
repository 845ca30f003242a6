import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToDataset, parseCsvTable, readCsvDataset } from '../../lab/csv/index.ts';
import { shuffleAndSplit } from '../../lab/datasets/split.ts';


const fixture = (name: string) => readFileSync(new URL(`./fixtures/csv/${name}`, import.meta.url), 'utf8');
const PENGUIN_FEATURES = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'];
const penguins = (seed = 1) => csvToDataset(fixture('penguins-sample.csv'), { label: 'species', features: PENGUIN_FEATURES, seed });

function columnMeanAndStd(xs: number[][], column: number): { mean: number; std: number } {
  const values = xs.map((row) => row[column]!);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, std: Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) };
}

describe('a CSV file as a Dataset', () => {
  it('reads the penguin sample: label by name, chosen features, text classes in a stable order', async () => {
    const read = await penguins();
    expect(read.rows).toBe(57);
    expect(read.labelColumn).toBe('species');
    expect(read.featureColumns).toEqual(PENGUIN_FEATURES);
    const { dataset } = read;
    expect(dataset).toMatchObject({ id: 'csv', inputSize: 4, numClasses: 3, classNames: ['Adelie', 'Chinstrap', 'Gentoo'] });
    expect(dataset.test.xs).toHaveLength(17);
    expect(dataset.train.xs).toHaveLength(40);
    const counts = [0, 0, 0];
    [...dataset.train.ys, ...dataset.test.ys].forEach((y) => counts[y]!++);
    expect(counts).toEqual([26, 11, 20]);
  });

  it('standardises with the training split only: train columns have mean 0 and sd 1, test rows use the same shift and scale', async () => {
    const seed = 5;
    const { dataset } = await csvToDataset(fixture('penguins-sample.csv'), { label: 'species', features: PENGUIN_FEATURES, seed });
    const table = await parseCsvTable(fixture('penguins-sample.csv'));
    const raw = table.rows.map((cells) => cells.slice(1, 5).map(Number));
    const rawSplit = shuffleAndSplit({ xs: raw, ys: raw.map(() => 0) }, { id: 'raw', inputSize: 4, numClasses: 1, testFraction: 0.3, seed });
    for (let column = 0; column < 4; column++) {
      const scaled = columnMeanAndStd(dataset.train.xs, column);
      expect(scaled.mean).toBeCloseTo(0, 10);
      expect(scaled.std).toBeCloseTo(1, 10);
      const { mean, std } = columnMeanAndStd(rawSplit.train.xs, column);
      rawSplit.test.xs.forEach((row, r) => expect(dataset.test.xs[r]![column]).toBeCloseTo((row[column]! - mean) / std, 10));
      expect(Math.abs(columnMeanAndStd(dataset.test.xs, column).mean)).toBeGreaterThan(1e-6);
    }
  });

  it('splits with a seed: the same seed gives the same data set, another seed another split', async () => {
    expect(await penguins(3)).toEqual(await penguins(3));
    expect((await penguins(4)).dataset.test.ys).not.toEqual((await penguins(3)).dataset.test.ys);
  });

  it('defaults the label to the last column and detects a semicolon delimiter; numeric labels sort as numbers', async () => {
    const read = await csvToDataset(fixture('weather-semicolon.csv'), { seed: 1, testFraction: 0.5 });
    expect(read.labelColumn).toBe('rain');
    expect(read.featureColumns).toEqual(['temp', 'humidity']);
    expect(read.dataset.classNames).toEqual(['0', '1']);
    const back = await csvToDataset('x,label\n1,10\n2,2\n3,1\n4,10\n', { seed: 1, testFraction: 0.25 });
    expect(back.dataset.classNames).toEqual(['1', '2', '10']);
  });

  it('numbers classes by the set of labels, not by row order', async () => {
    const lines = fixture('penguins-sample.csv').trim().split(/\r\n/);
    const reversed = [lines[0], ...lines.slice(1).reverse()].join('\n');
    const read = await csvToDataset(reversed, { label: 'species', features: PENGUIN_FEATURES, seed: 1 });
    expect(read.dataset.classNames).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
  });

  it('keeps the order of the chosen features', async () => {
    // Only column a tells the classes apart (a ≥ 9 is y, far from the others); c is shuffled noise.
    const read = await csvToDataset('a,b,c,label\n1,0,40,x\n2,0,10,x\n9,0,30,y\n10,0,20,y\n', { features: ['c', 'a'], seed: 2, testFraction: 0.25 });
    expect(read.featureColumns).toEqual(['c', 'a']);
    const { train, test } = read.dataset;
    const rows = [...train.xs, ...test.xs];
    const labels = [...train.ys, ...test.ys];
    rows.forEach((row, i) => expect(row[1]! > 0).toBe(labels[i] === 1));
  });

  it('accepts up to the row limit', async () => {
    const lines = ['x,y,label'];
    for (let r = 0; r < 100_000; r++) lines.push(`${r % 101},${(r * 7) % 13},${r % 3 === 0 ? 'a' : 'b'}`);
    const read = await csvToDataset(lines.join('\n'), { seed: 1 });
    expect(read.rows).toBe(100_000);
    expect(read.dataset.train.xs.length + read.dataset.test.xs.length).toBe(100_000);
  });
});

describe('the content hash of a CSV data set', () => {
  const weather = fixture('weather-semicolon.csv');
  const hashOf = async (text: string, seed = 1) => {
    const reading = await readCsvDataset(text, { seed, testFraction: 0.5 });
    if (!reading.ok) throw new Error(reading.problem);
    return reading.hash;
  };

  it('is a sha256 hex digest that ignores line endings, quoting and how a number is written', async () => {
    const hash = await hashOf(weather);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await hashOf(weather.replace(/\n/g, '\r\n'))).toBe(hash);
    expect(await hashOf(weather.replace('21.5', '"21.50"').replace('0.40', '4.0e-1'))).toBe(hash);
  });

  it('changes with any value, label or split seed', async () => {
    const hash = await hashOf(weather);
    expect(await hashOf(weather.replace('21.5', '21.6'))).not.toBe(hash);
    expect(await hashOf(weather.replace('16.2;0.90;1', '16.2;0.90;0'))).not.toBe(hash);
    expect(await hashOf(weather, 2)).not.toBe(hash);
  });

  it('stays what it was: the penguin sample hashes as it did in Node, a Chromium page and a Chromium worker', async () => {
    // Pinned on purpose: a change here means every recorded run's data hash changes with it.
    const reading = await readCsvDataset(fixture('penguins-sample.csv'), { label: 'species', features: PENGUIN_FEATURES, seed: 7 });
    expect(reading.ok && reading.hash).toBe('sha256:8337bc8fd4a3e580808d0ef0476be84b1ed03036b81bc5f11432429420519c43');
  });

  it('does not depend on the id given to the data set', async () => {
    const a = await readCsvDataset(weather, { seed: 1, testFraction: 0.5, id: 'first' });
    const b = await readCsvDataset(weather, { seed: 1, testFraction: 0.5, id: 'second' });
    expect(a.ok && b.ok && a.hash === b.hash).toBe(true);
  });
});

