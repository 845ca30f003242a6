/**
 * A CSV file refused: the message names the row and column as a spreadsheet shows them (the header
 * is row 1, columns count from 1) and is meant to be shown as text to the reader.
 */
import { quote } from '../experiments/text-values.ts';

export class CsvProblem extends Error {}

export function refuseCsv(message: string): never {
  throw new CsvProblem(message);
}

/** `column 3 ("petal_length")`, for messages. */
export function columnName(index: number, name: string): string {
  return `column ${index + 1} (${quote(name)})`;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
