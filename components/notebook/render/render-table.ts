/** Table data from the kernel as a table, with a note on how many rows and columns are hidden. */
import type { TableData } from './table-data';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function renderTable(data: TableData, label: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'nb-table table-scroll';
  const table = document.createElement('table');
  const caption = table.createCaption();
  caption.className = 'visually-hidden';
  caption.textContent = `${label}: ${plural(data.totalRows, 'row')}`;
  const headRow = table.createTHead().insertRow();
  for (const column of data.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of data.rows) {
    const tr = body.insertRow();
    for (const text of row) tr.insertCell().textContent = text;
  }
  wrapper.append(table);

  const hiddenRows = data.totalRows - data.rows.length;
  const hiddenColumns = data.totalColumns - data.columns.length;
  if (hiddenRows > 0 || hiddenColumns > 0) {
    const note = document.createElement('p');
    note.className = 'nb-note';
    const parts = [];
    if (hiddenRows > 0) parts.push(`${plural(hiddenRows, 'more row')}`);
    if (hiddenColumns > 0) parts.push(`${plural(hiddenColumns, 'more column')}`);
    note.textContent = `Showing ${data.rows.length} of ${data.totalRows} rows; ${parts.join(' and ')} not shown.`;
    wrapper.append(note);
  }
  return wrapper;
}
