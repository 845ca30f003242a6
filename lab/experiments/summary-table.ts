/**
 * The results table as text cells: the page renders them into an HTML table, the CLI pads them into
 * columns, so both show exactly the same figures.
 */
import type { Spread } from './stats.ts';
import type { SummaryRow } from './summary.ts';

export const ACCURACY_DIGITS = 3;
export const LOSS_DIGITS = 4;
export const MISSING = '–';

export interface TextTable {
  columns: string[];
  rows: string[][];
}

export function formatSpread(spread: Spread | null, digits: number): string {
  if (spread === null) return MISSING;
  const mean = spread.mean.toFixed(digits);
  return spread.sd === null ? mean : `${mean} ± ${spread.sd.toFixed(digits)}`;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function runsCell(row: SummaryRow): string {
  const problems = [row.diverged > 0 ? `${row.diverged} diverged` : '', row.failed > 0 ? `${row.failed} failed` : ''].filter(Boolean);
  return problems.length === 0 ? String(row.runs) : `${row.runs} (${problems.join(', ')})`;
}

function epochsCell(row: SummaryRow): string {
  const reached = row.epochsToTarget;
  if (reached === null) return MISSING;
  const mean = reached.mean === null ? MISSING : String(Math.round(reached.mean));
  return `${mean} (${reached.reached}/${reached.of})`;
}

export function summaryTable(rows: readonly SummaryRow[]): TextTable {
  const target = rows.find((row) => row.targetAccuracy !== null)?.targetAccuracy ?? null;
  const showSetup = rows.some((row) => row.setupLabel !== undefined);
  const columns = [
    'Activation',
    ...(showSetup ? ['Setup'] : []),
    'Runs',
    'Test accuracy (mean ± sd)',
    'Final loss (mean ± sd)',
    'Time per run',
    ...(target === null ? [] : [`Epochs to ≥ ${target}`]),
  ];
  return {
    columns,
    rows: rows.map((row) => [
      row.activationLabel,
      ...(showSetup ? [row.setupLabel ?? MISSING] : []),
      runsCell(row),
      formatSpread(row.testAccuracy, ACCURACY_DIGITS),
      formatSpread(row.trainLoss, LOSS_DIGITS),
      row.timeMs === null ? MISSING : formatSeconds(row.timeMs.mean),
      ...(target === null ? [] : [epochsCell(row)]),
    ]),
  };
}

/** Columns padded to their widest cell, a rule under the header; for terminals. */
export function formatTextTable({ columns, rows }: TextTable): string {
  const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
