/**
 * Text → a table of strings with named columns, using papaparse (RFC 4180 quoting, delimiter
 * detection, byte-order marks), imported when a file is read so pages that never read one never
 * load it. Refuses an empty file, broken quoting, a missing or damaged header, ragged rows and
 * tables past the limits. A first row made mostly of numbers is taken for data: a file without a
 * header is refused rather than silently losing its first row to column names. Rows whose cells
 * are all blank (a trailing newline, a spacer line) are skipped; every other row keeps its number
 * in the file for messages.
 */
import type Papa from 'papaparse';
import { columnName, formatCount, refuseCsv } from './csv-problem.ts';
import { CSV_LIMITS } from './limits.ts';
import { isNumberText } from './cell-number.ts';

export interface CsvTable {
  /** Trimmed column names, unique and non-blank. */
  header: string[];
  rows: string[][];
  /** The file row of each entry of rows (row 1 is the first line, normally the header). */
  rowNumbers: number[];
}

/** Header + the most data rows allowed + one more, which tells a table that is too long. */
const PREVIEW_ROWS = CSV_LIMITS.rows + 2;
const MAX_COLUMNS = CSV_LIMITS.features + 1;

const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

function readHeader(cells: readonly string[], row: number): string[] {
  const header = cells.map((cell) => cell.trim());
  if (header.length > MAX_COLUMNS) {
    refuseCsv(`The file has ${formatCount(header.length)} columns; at most ${CSV_LIMITS.features} features plus a label column (${MAX_COLUMNS}) can be used.`);
  }
  const numbers = header.filter((name) => isNumberText(name)).length;
  if (numbers * 2 > header.length) {
    refuseCsv(`Row ${row} looks like data, not column names: ${numbers} of its ${header.length} cells are numbers. `
      + 'The file needs a header row naming each column (names mostly made of numbers are read as data: write y2019, not 2019).');
  }
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') refuseCsv(`Column ${i + 1} has no name in the header (row ${row}); give every column a name.`);
    const first = seen.get(name);
    if (first !== undefined) refuseCsv(`${columnName(first, name)} and column ${i + 1} have the same name; column names must be unique.`);
    seen.set(name, i);
  });
  return header;
}

function tooLong(text: string, parsed: Papa.ParseResult<string[]>, dataRows: number): boolean {
  return dataRows > CSV_LIMITS.rows || (parsed.meta.truncated && text.slice(parsed.meta.cursor).trim() !== '');
}

export async function parseCsvTable(text: string): Promise<CsvTable> {
  if (typeof text !== 'string' || text.trim() === '') refuseCsv('The file is empty.');
  const { default: papa } = await import('papaparse');
  const parsed = papa.parse<string[]>(text, { header: false, dynamicTyping: false, skipEmptyLines: false, preview: PREVIEW_ROWS });
  const quoting = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoting) refuseCsv(`Row ${(quoting.row ?? 0) + 1}: a quoted field is not closed properly (${quoting.message.toLowerCase()}).`);
  const headerIndex = parsed.data.findIndex((cells) => !isBlankRow(cells));
  if (headerIndex < 0) refuseCsv('The file is empty.');
  const header = readHeader(parsed.data[headerIndex]!, headerIndex + 1);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < parsed.data.length; i++) {
    const cells = parsed.data[i]!;
    if (isBlankRow(cells)) continue;
    if (cells.length !== header.length) {
      refuseCsv(`Row ${i + 1} has ${cells.length} ${cells.length === 1 ? 'field' : 'fields'}; the header has ${header.length}. Every row needs one value per column.`);
    }
    rows.push(cells);
    rowNumbers.push(i + 1);
  }
  if (tooLong(text, parsed, rows.length)) refuseCsv(`The file has more than ${formatCount(CSV_LIMITS.rows)} data rows; at most ${formatCount(CSV_LIMITS.rows)} can be used.`);
  if (rows.length === 0) refuseCsv('The file has a header but no data rows.');
  return { header, rows, rowNumbers };
}
