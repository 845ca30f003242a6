/** Arrays of plain objects (rows of data) as a table, with a note on how many rows are hidden. */
import { inspect, type InspectOptions } from './inspect';

export const MAX_TABLE_ROWS = 20;
const MAX_TABLE_COLUMNS = 12;

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

export function renderTable(rows: Record<string, unknown>[], options: InspectOptions, label: string): HTMLElement {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const shownColumns = columns.slice(0, MAX_TABLE_COLUMNS);
  const shownRows = rows.slice(0, MAX_TABLE_ROWS);

  const wrapper = document.createElement('div');
  wrapper.className = 'nb-table table-scroll';
  const table = document.createElement('table');
  const caption = table.createCaption();
  caption.className = 'visually-hidden';
  caption.textContent = `${label}: ${rows.length} row${rows.length === 1 ? '' : 's'}`;
  const headRow = table.createTHead().insertRow();
  for (const column of shownColumns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of shownRows) {
    const tr = body.insertRow();
    for (const column of shownColumns) tr.insertCell().textContent = column in row ? cellText(row[column], options) : '';
  }
  wrapper.append(table);

  const hiddenRows = rows.length - shownRows.length;
  const hiddenColumns = columns.length - shownColumns.length;
  if (hiddenRows > 0 || hiddenColumns > 0) {
    const note = document.createElement('p');
    note.className = 'nb-note';
    const parts = [];
    if (hiddenRows > 0) parts.push(`${hiddenRows} more row${hiddenRows === 1 ? '' : 's'}`);
    if (hiddenColumns > 0) parts.push(`${hiddenColumns} more column${hiddenColumns === 1 ? '' : 's'}`);
    note.textContent = `Showing ${shownRows.length} of ${rows.length} rows; ${parts.join(' and ')} not shown.`;
    wrapper.append(note);
  }
  return wrapper;
}
