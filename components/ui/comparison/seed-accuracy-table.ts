/** The rows of a seed-comparison table: arm (with its chart key), mean ± sd, range, and every seed's accuracy. */
import { seriesSwatch } from '../charts/series-swatch';
import { meanAndSpread, percent, type LabelledSummary } from './seed-accuracy';

function cell(tag: 'th' | 'td', text: string): HTMLTableCellElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

export function seedAccuracyRows(summaries: readonly LabelledSummary[], styleIndex?: readonly number[]): HTMLTableRowElement[] {
  return summaries.map((summary, arm) => {
    const row = document.createElement('tr');
    const name = cell('th', '');
    name.scope = 'row';
    name.append(seriesSwatch(styleIndex?.[arm] ?? arm), summary.label);
    const range = summary.min === null || summary.max === null ? '—' : `${percent(summary.min)} – ${percent(summary.max)}`;
    const runs = summary.accuracies.map((accuracy) => percent(accuracy)).join(', ') || '—';
    const diverged = summary.diverged > 0 ? ` (${summary.diverged} diverged)` : '';
    row.append(name, cell('td', meanAndSpread(summary)), cell('td', range), cell('td', `${runs}${diverged}`));
    return row;
  });
}
