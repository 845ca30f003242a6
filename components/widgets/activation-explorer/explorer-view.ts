/**
 * Draws the explorer's text from its curves: the formula cards and the properties table. Everything
 * from the reader or the URL reaches the page as text nodes; only the catalog's own formulas become
 * markup, as KaTeX rendered them at build time (MathTable).
 */
import { formulaBlock } from './explorer-formulas';
import type { ExplorerCurve } from './explorer-curves';
import { texAsText, type MathTable } from './explorer-math';
import { propertyColumns, propertyRows } from './explorer-properties';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The formula as KaTeX rendered it at build time, or as plain text when the table lacks it (texAsText). */
function fillMath(holder: HTMLElement, math: MathTable, source: string): HTMLElement {
  const html = Object.hasOwn(math, source) ? math[source] : undefined;
  if (html === undefined) holder.replaceChildren(element('span', 'math-text', texAsText(source)));
  else holder.innerHTML = html;
  return holder;
}

export function drawFormulas(math: MathTable, curves: readonly ExplorerCurve[], target: HTMLElement): void {
  target.replaceChildren(
    ...curves.map((curve) => {
      const block = formulaBlock(curve);
      const card = element('section', 'formula');
      card.setAttribute('aria-label', block.title);
      const title = element('p', 'formula-title', `${block.title} `);
      if (block.values) title.append(element('span', 'values', block.values));
      card.append(title, fillMath(element('div', 'math'), math, block.formula), fillMath(element('div', 'math'), math, block.derivative));
      if (block.note) card.append(element('p', 'note', block.note));
      card.append(element('p', 'description', block.description));
      return card;
    }),
  );
}

export function drawProperties(math: MathTable, curves: readonly ExplorerCurve[], table: HTMLTableElement): void {
  const head = element('thead');
  const headRow = element('tr');
  headRow.append(element('th', undefined, 'Property'), ...propertyColumns(curves).map((column) => element('th', undefined, column)));
  headRow.querySelectorAll('th').forEach((cell) => cell.setAttribute('scope', 'col'));
  head.append(headRow);
  const body = element('tbody');
  for (const row of propertyRows(curves)) {
    const tr = element('tr');
    const header = element('th', undefined, row.label);
    header.scope = 'row';
    header.title = row.meaning;
    tr.append(header);
    for (const cell of row.cells) {
      const td = element('td');
      if (cell.tex) fillMath(td, math, cell.content);
      else td.textContent = cell.content;
      tr.append(td);
    }
    body.append(tr);
  }
  const caption = table.querySelector('caption');
  table.replaceChildren(...(caption ? [caption] : []), head, body);
}
