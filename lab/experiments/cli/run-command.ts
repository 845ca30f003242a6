/**
 * `npm run experiment -- …`: a grid, or one shard of it (--shard i/n), on the cpu backend, in turn
 * or N at a time (--parallel N: this thread and N − 1 worker threads), skipping what --resume's file already holds and adding each
 * finished run to it as it ends.
 */
import { parseShard } from '../../shards/shard-spec.ts';
import { shardPlans } from '../../shards/shard-plans.ts';
import { resumeRuns } from '../../shards/resume.ts';
import { exportTracedRuns } from '../../records/traced-runs-file.ts';
import { activationLabel } from '../activation-list.ts';
import type { CliArguments } from '../cli-args.ts';
import type { GridCell } from '../definition.ts';
import { describeExperiment } from '../describe-experiment.ts';
import { expandGrid } from '../expand-grid.ts';
import { describePace } from '../grid-progress.ts';
import { nodePoolExecutor } from '../pool/node-pool.ts';
import { prepareGrid, runGrid } from '../runner.ts';
import type { RunRecord } from '../run-record.ts';
import { formatSeconds } from '../summary-table.ts';
import { validateExperimentConfig } from '../validate-config.ts';
import { loadCsvData } from './csv-data.ts';
import type { CommandOutput } from './merge-command.ts';
import { readRecordsFile, writeRecordsFile } from './records-file.ts';
import { summaryText } from './print-summary.ts';
import { readPairOption } from './pair-option.ts';

/** The page trains in slices to stay responsive; a terminal does not need to yield. */
const CLI_SLICE_BUDGET_MS = 1000;
export const MAX_PARALLEL = 64;

export interface RunContext {
  signal: AbortSignal;
  log(line: string): void;
  note(line: string): void;
}

function parallelOf(text: string | undefined): number {
  if (text === undefined) return 1;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PARALLEL) throw new Error(`--parallel must be a whole number from 1 to ${MAX_PARALLEL}, got "${text.slice(0, 20)}".`);
  return n;
}

export async function runCommand(args: CliArguments, context: RunContext): Promise<CommandOutput & { stopped: boolean }> {
  const parallel = parallelOf(args.options.parallel);
  const shard = args.options.shard === undefined ? null : parseShard(args.options.shard);
  if (shard !== null && !shard.ok) throw new Error(`--shard: ${shard.problem}`);
  const first = validateExperimentConfig(args.settings);
  let csv = null;
  if (args.options.data !== undefined) {
    const loaded = await loadCsvData({ file: args.options.data, label: args.options.label, features: args.options.features, dataSeed: first.config.dataSeed });
    if (!loaded.ok) return { stdout: '', refusal: loaded.problem, stopped: false };
    csv = loaded;
  } else if (args.options.label !== undefined || args.options.features !== undefined) {
    throw new Error('--label and --features choose columns of a CSV file: give it with --data FILE.csv.');
  }
  const { config, notices } = csv ? validateExperimentConfig({ ...args.settings, ...csv.settings, csv: csv.csv }) : first;
  notices.forEach(context.note);
  const pair = args.options.pair === undefined ? null : readPairOption(args.options.pair, config);
  if (pair !== null && !pair.ok) return { stdout: '', refusal: pair.problem, stopped: false };

  const setup = await prepareGrid(config, { gridId: 'from-config', sliceBudgetMs: CLI_SLICE_BUDGET_MS, engine: args.engine, ...(csv ? { dataset: csv.dataset } : {}) });
  const planned: GridCell[] = shard?.ok ? shardPlans(expandGrid(config), shard.shard) : expandGrid(config);
  let done: RunRecord[] = [];
  let pending = planned;
  const resumeFile = args.options.resume;
  if (resumeFile !== undefined) {
    const recorded = (await readRecordsFile(resumeFile, true)) ?? [];
    const resumed = resumeRuns({ config, dataHash: setup.dataHash, plans: planned, recorded });
    if (!resumed.ok) return { stdout: '', refusal: `${resumeFile}: ${resumed.reason}`, stopped: false };
    ({ done, pending } = resumed);
    if (done.length > 0) context.log(`Resuming: ${done.length} of ${planned.length} runs already in ${resumeFile}.`);
  }

  context.log(`${describeExperiment(config)}${shard?.ok ? ` · shard ${shard.shard.index}/${shard.shard.count}` : ''}${parallel > 1 ? ` · ${parallel} workers` : ''}`);
  const records = [...done];
  // Workers finish in any order; the file is written by one write at a time, each with every run so far.
  let writing = Promise.resolve();
  const outcome = await runGrid(setup, {
    signal: context.signal,
    cells: pending,
    ...(parallel > 1 ? { executor: nodePoolExecutor(parallel) } : {}),
    onRunComplete: async (record, pace) => {
      const accuracy = record.metrics.testAccuracy === null ? record.status : `test accuracy ${record.metrics.testAccuracy.toFixed(3)}`;
      context.log(`run ${record.index + 1}: ${activationLabel(record.activation)}, seed ${record.seed}: ${accuracy} (${formatSeconds(record.durationMs)}) · ${describePace(pace)}`);
      records.push(record);
      if (resumeFile === undefined) return;
      const snapshot = [...records].sort((a, b) => a.index - b.index);
      writing = writing.then(() => writeRecordsFile(resumeFile, snapshot));
      await writing;
    },
  });
  if (outcome.stopped) context.log(`Stopped: ${records.length} of ${planned.length} runs finished${resumeFile ? `; --resume ${resumeFile} goes on from there` : ''}.`);
  records.sort((a, b) => a.index - b.index);
  const stdout = args.switches.has('json') ? exportTracedRuns(records) : summaryText(config, records, { time: !args.switches.has('no-time'), ...(pair ? { pair: pair.pair } : {}) });
  return { stdout, refusal: null, stopped: outcome.stopped };
}
