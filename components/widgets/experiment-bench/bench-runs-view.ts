/** The saved-runs list: one row per record, newest first, each with a checkbox for selecting it. */
import { activationLabel, type RunRecord, formatSeconds } from '../../../lab/index';

const MISSING = '–';

function gridLabel(record: RunRecord): string {
  const time = new Date(record.startedAt);
  return Number.isNaN(time.getTime()) ? record.gridId : `${time.toLocaleDateString()} ${time.toLocaleTimeString()}`;
}

function describeRun(record: RunRecord): string {
  return `${activationLabel(record.activation)}, seed ${record.seed}, ${record.config.dataset}, run ${record.index + 1} of grid ${gridLabel(record)}`;
}

function row(record: RunRecord, selected: boolean): HTMLTableRowElement {
  const line = document.createElement('tr');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.value = record.id;
  box.checked = selected;
  box.setAttribute('aria-label', `Select ${describeRun(record)}`);
  const first = document.createElement('td');
  first.append(box);
  const texts = [
    activationLabel(record.activation),
    String(record.seed),
    record.config.csv?.file ?? record.config.dataset,
    record.metrics.testAccuracy === null ? MISSING : record.metrics.testAccuracy.toFixed(3),
    record.metrics.trainLoss === null ? MISSING : record.metrics.trainLoss.toFixed(4),
    formatSeconds(record.durationMs),
    record.status,
    gridLabel(record),
  ];
  line.append(first, ...texts.map((text) => {
    const cell = document.createElement('td');
    cell.textContent = text;
    return cell;
  }));
  if (record.message) line.title = record.message;
  return line;
}

export function renderRunsTable(table: HTMLTableElement, records: readonly RunRecord[], selected: ReadonlySet<string>): void {
  table.tBodies[0]!.replaceChildren(...[...records].reverse().map((record) => row(record, selected.has(record.id))));
}
