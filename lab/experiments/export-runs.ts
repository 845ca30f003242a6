/** Run records out: JSON (complete, re-importable) and CSV (one row per run, for spreadsheets). */
import { formatActivation } from './activation-list.ts';
import { RUN_RECORD_SCHEMA, RUN_RECORD_VERSION, type RunRecord } from './run-record.ts';

export interface RunExport {
  schema: typeof RUN_RECORD_SCHEMA;
  version: typeof RUN_RECORD_VERSION;
  exportedAt: string;
  runs: RunRecord[];
}

export function exportRunsJson(records: readonly RunRecord[], exportedAt = new Date()): string {
  const file: RunExport = { schema: RUN_RECORD_SCHEMA, version: RUN_RECORD_VERSION, exportedAt: exportedAt.toISOString(), runs: [...records] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

type Cell = string | number | null | undefined;

export const CSV_COLUMNS: readonly [string, (record: RunRecord) => Cell][] = [
  ['id', (r) => r.id],
  ['grid', (r) => r.gridId],
  ['index', (r) => r.index],
  ['created', (r) => r.createdAt],
  ['dataset', (r) => r.config.dataset],
  ['noise', (r) => r.config.noise],
  ['data_seed', (r) => r.config.dataSeed],
  ['depth', (r) => r.config.depth],
  ['width', (r) => r.config.width],
  ['initializer', (r) => r.config.initializer],
  ['optimizer', (r) => r.config.optimizer],
  ['learning_rate', (r) => r.config.learningRate],
  ['epochs', (r) => r.config.epochs],
  ['activation', (r) => formatActivation(r.activation)],
  ['seed', (r) => r.seed],
  ['status', (r) => r.status],
  ['epochs_trained', (r) => r.epochs],
  ['train_loss', (r) => r.trainLoss],
  ['test_loss', (r) => r.testLoss],
  ['train_accuracy', (r) => r.trainAccuracy],
  ['test_accuracy', (r) => r.testAccuracy],
  ['time_ms', (r) => r.timeMs],
  ['target_accuracy', (r) => r.config.targetAccuracy],
  ['epochs_to_target', (r) => r.epochsToTarget],
  ['engine', (r) => r.engine],
  ['backend', (r) => r.backend],
  ['message', (r) => r.message],
];

/** Characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function exportRunsCsv(records: readonly RunRecord[]): string {
  const header = CSV_COLUMNS.map(([name]) => name).join(',');
  const lines = records.map((record) => CSV_COLUMNS.map(([, read]) => csvCell(read(record))).join(','));
  return `${[header, ...lines].join('\r\n')}\r\n`;
}
