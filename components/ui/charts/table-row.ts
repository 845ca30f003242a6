/** A results-table row of plain text: the first cell heads the row (th scope="row"), the rest are data cells. */
export function textTableRow(cells: readonly string[]): HTMLTableRowElement {
  const row = document.createElement('tr');
  cells.forEach((text, index) => {
    const cell = document.createElement(index === 0 ? 'th' : 'td');
    if (index === 0) cell.setAttribute('scope', 'row');
    cell.textContent = text;
    row.append(cell);
  });
  return row;
}
