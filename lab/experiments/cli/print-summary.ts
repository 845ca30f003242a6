/** What the CLI prints on stdout for a finished grid: one line saying what ran, the table, the verdicts. */
import { comparisonLines, pairLine } from '../compare-runs.ts';
import type { ExperimentConfig } from '../definition.ts';
import { describeExperiment } from '../describe-experiment.ts';
import type { RunRecord } from '../run-record.ts';
import { summariseRuns } from '../summary.ts';
import { describeEnginesUsed, enginesUsed } from '../../train/engine-words.ts';
import { formatTextTable, summaryTable, type TextTable } from '../summary-table.ts';

const TIME_COLUMN = 'Time per run';

function withoutTime(table: TextTable): TextTable {
  const at = table.columns.indexOf(TIME_COLUMN);
  if (at < 0) return table;
  return { columns: table.columns.filter((_, i) => i !== at), rows: table.rows.map((row) => row.filter((_, i) => i !== at)) };
}

export interface SummaryOptions {
  time: boolean;
  /** --pair's two activations (labels): second minus first is reported after the verdicts against the best. */
  pair?: readonly [string, string];
}

/** The same text for the same records, however they were made (in turn, in workers, in shards merged). */
export function summaryText(config: ExperimentConfig, records: readonly RunRecord[], options: SummaryOptions): string {
  const backends = [...new Set(records.map((record) => record.backend))].join(', ') || 'none';
  const engines = enginesUsed(records);
  const table = summaryTable(summariseRuns(records));
  const comparisons = comparisonLines(records);
  return [
    `${describeExperiment(config)} · engine: ${engines.length === 0 ? 'none (no run trained)' : describeEnginesUsed(engines)} · backend ${backends}`,
    '',
    formatTextTable(options.time ? table : withoutTime(table)),
    ...(comparisons.length > 0 ? ['', ...comparisons] : []),
    ...(options.pair ? ['', pairLine(records, ...options.pair)] : []),
  ].join('\n') + '\n';
}
