/** Arrays of plain objects (rows of data) as table data: the first rows and columns, as text. DOM-free. */
import { inspect, type InspectOptions } from './inspect';

export const MAX_TABLE_ROWS = 20;
const MAX_TABLE_COLUMNS = 12;

export interface TableData {
  columns: string[];
  /** One text per shown column, in order. */
  rows: string[][];
  totalRows: number;
  totalColumns: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function isTableData(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isPlainObject);
}

function cellText(value: unknown, options: InspectOptions): string {
  return typeof value === 'string' ? value : inspect(value, { ...options, depth: 1 });
}

export function tableData(rows: Record<string, unknown>[], options: InspectOptions): TableData {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const shownColumns = columns.slice(0, MAX_TABLE_COLUMNS);
  return {
    columns: shownColumns,
    rows: rows.slice(0, MAX_TABLE_ROWS).map((row) => shownColumns.map((column) => (column in row ? cellText(row[column], options) : ''))),
    totalRows: rows.length,
    totalColumns: columns.length,
  };
}
