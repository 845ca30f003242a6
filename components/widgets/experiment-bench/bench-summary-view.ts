/** The results table: lab's summary cells (the CLI prints the same ones) rendered as an HTML table. */
import type { TextTable } from '../../../lab/index';

function cell(tag: 'th' | 'td', text: string, scope?: 'col' | 'row'): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (scope) element.scope = scope;
  return element;
}

/** The caption shows above the scrolling table (visible) and inside it (for screen readers). */
export function renderSummaryTable(table: HTMLTableElement, visibleCaption: HTMLElement, caption: string, { columns, rows }: TextTable): void {
  table.caption!.textContent = caption;
  visibleCaption.textContent = caption;
  const head = document.createElement('tr');
  head.append(...columns.map((column) => cell('th', column, 'col')));
  table.tHead!.replaceChildren(...(rows.length > 0 ? [head] : []));
  table.tBodies[0]!.replaceChildren(...rows.map((row) => {
    const line = document.createElement('tr');
    line.append(...row.map((text, i) => (i === 0 ? cell('th', text, 'row') : cell('td', text))));
    return line;
  }));
}
