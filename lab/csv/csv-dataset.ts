/**
 * A CSV file → the lab's Dataset: parse, pick the label and feature columns, read every feature as
 * a finite number, turn labels into classes, split with a seeded shuffle and standardise every
 * feature with the training split's mean and spread only (the test split never leaks into it).
 */
import type { Dataset } from '../types.ts';
import { shuffleAndSplit } from '../datasets/split.ts';
import { standardise } from '../datasets/real/standardise.ts';
import { datasetHash } from '../datasets/dataset-hash.ts';
import { quote } from '../experiments/text-values.ts';
import { readCellNumber } from './cell-number.ts';
import { chooseColumns, type ColumnChoice } from './columns.ts';
import { columnName, CsvProblem, refuseCsv } from './csv-problem.ts';
import { labelClasses } from './label-classes.ts';
import { CSV_DEFAULT_TEST_FRACTION, CSV_TEST_FRACTION_RANGE } from './limits.ts';
import { parseCsvTable, type CsvTable } from './parse-table.ts';

export interface CsvDatasetOptions extends ColumnChoice {
  /** Seeds the shuffle before the train/test split. */
  seed: number;
  /** Fraction of rows held out for testing (default 0.3). */
  testFraction?: number;
  /** The Dataset's id (default 'csv'). */
  id?: string;
}

export interface CsvDataset {
  dataset: Dataset;
  labelColumn: string;
  featureColumns: string[];
  /** Data rows read (blank rows skipped). */
  rows: number;
}

export type CsvReading = ({ ok: true } & CsvDataset & { hash: string }) | { ok: false; problem: string };

const NUMBER_PROBLEMS = {
  'empty': 'is empty; every feature needs a number',
  'not-a-number': 'is not a number',
  'not-finite': 'is not a finite number',
} as const;

function readFeatures(table: CsvTable, featureIndices: readonly number[]): number[][] {
  return table.rows.map((cells, r) => featureIndices.map((column) => {
    const reading = readCellNumber(cells[column]!);
    if (reading.ok) return reading.value;
    const where = `Row ${table.rowNumbers[r]}, ${columnName(column, table.header[column]!)}`;
    return refuseCsv(`${where}: ${quote(cells[column])} ${NUMBER_PROBLEMS[reading.reason]}.`);
  }));
}

function readLabels(table: CsvTable, labelIndex: number): string[] {
  return table.rows.map((cells, r) => {
    const label = cells[labelIndex]!.trim();
    if (label === '') refuseCsv(`Row ${table.rowNumbers[r]} has no label in ${columnName(labelIndex, table.header[labelIndex]!)}.`);
    return label;
  });
}

function checkedTestFraction(rows: number, testFraction: number): number {
  const { min, max } = CSV_TEST_FRACTION_RANGE;
  if (!(testFraction >= min && testFraction <= max)) refuseCsv(`The test fraction must be from ${min} to ${max}, got ${String(testFraction)}.`);
  const testRows = Math.round(rows * testFraction);
  if (testRows < 1 || testRows >= rows) refuseCsv(`The file has ${rows} data ${rows === 1 ? 'row' : 'rows'}: too few to hold out ${Math.round(testFraction * 100)} % for testing and train on the rest.`);
  return testFraction;
}

/** Rejects with CsvProblem for a file or choice it refuses; readCsvDataset turns that into a reading. */
export async function csvToDataset(text: string, options: CsvDatasetOptions): Promise<CsvDataset> {
  const table = await parseCsvTable(text);
  const { labelIndex, featureIndices } = chooseColumns(table.header, options);
  const testFraction = checkedTestFraction(table.rows.length, options.testFraction ?? CSV_DEFAULT_TEST_FRACTION);
  const labelColumn = table.header[labelIndex]!;
  const { classNames, ys } = labelClasses(readLabels(table, labelIndex), labelColumn);
  const xs = readFeatures(table, featureIndices);
  const split = shuffleAndSplit({ xs, ys }, {
    id: options.id ?? 'csv', inputSize: featureIndices.length, numClasses: classNames.length, classNames, testFraction, seed: options.seed,
  });
  return {
    dataset: standardise(split),
    labelColumn,
    featureColumns: featureIndices.map((i) => table.header[i]!),
    rows: table.rows.length,
  };
}

/** The data set and its content hash, or the reason the file was refused (a message for the reader). */
export async function readCsvDataset(text: string, options: CsvDatasetOptions): Promise<CsvReading> {
  let read: CsvDataset;
  try {
    read = await csvToDataset(text, options);
  } catch (error) {
    if (error instanceof CsvProblem) return { ok: false, problem: error.message };
    throw error;
  }
  return { ok: true, ...read, hash: await datasetHash(read.dataset) };
}
