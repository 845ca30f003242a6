/**
 * Run records as CSV, one row per run, for spreadsheets: the same version-2 fields as the JSON file
 * (history left out), each row naming its schema version, so a sheet says what it holds.
 */
import { formatActivation } from '../experiments/activation-list.ts';
import { RUN_RECORD_VERSION, type RunRecord } from '../experiments/run-record.ts';

type Cell = string | number | null | undefined;

export const CSV_COLUMNS: readonly [string, (record: RunRecord) => Cell][] = [
  ['version', () => RUN_RECORD_VERSION],
  ['id', (r) => r.id],
  ['grid', (r) => r.gridId],
  ['index', (r) => r.index],
  ['started', (r) => r.startedAt],
  ['duration_ms', (r) => r.durationMs],
  ['dataset', (r) => r.config.dataset],
  ['csv_file', (r) => r.config.csv?.file],
  ['csv_label', (r) => r.config.csv?.label],
  ['csv_features', (r) => r.config.csv?.features.join(' ')],
  ['data_hash', (r) => r.dataHash],
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
  ['train_loss', (r) => r.metrics.trainLoss],
  ['test_loss', (r) => r.metrics.testLoss],
  ['train_accuracy', (r) => r.metrics.trainAccuracy],
  ['test_accuracy', (r) => r.metrics.testAccuracy],
  ['target_accuracy', (r) => r.config.targetAccuracy],
  ['epochs_to_target', (r) => r.metrics.epochsToTarget],
  ['engine', (r) => r.engine],
  ['backend', (r) => r.backend],
  ['tfjs_version', (r) => r.tfjsVersion],
  ['site_version', (r) => r.siteVersion],
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
