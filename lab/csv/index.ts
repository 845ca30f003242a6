/** Readers' own data: CSV files turned into the lab's Dataset, with a content hash for run records. */
export { csvToDataset, readCsvDataset, type CsvDataset, type CsvDatasetOptions, type CsvReading } from './csv-dataset.ts';
export { parseCsvTable, type CsvTable } from './parse-table.ts';
export { CsvProblem } from './csv-problem.ts';
export { CSV_LIMITS, CSV_DEFAULT_TEST_FRACTION, CSV_TEST_FRACTION_RANGE } from './limits.ts';
export type { ColumnChoice } from './columns.ts';
