/**
 * `npm run experiment -- --dataset iris --activations relu,swish --seeds 5`
 * Runs an experiment grid headless on the tfjs cpu backend, on the engine --engine names (default
 * auto: lab's array engine wherever it can train the network), through the same runner and table
 * formatting as the page's experiment bench, so the same seed gives the same numbers.
 */
import process from 'node:process';
import { tf } from '../tfjs.ts';
import { activationLabel } from './activation-list.ts';
import { parseCliArguments, usage } from './cli-args.ts';
import { describeExperiment } from './describe-experiment.ts';
import { exportRunsJson } from './export-runs.ts';
import { runGrid } from './runner.ts';
import type { RunRecord } from './run-record.ts';
import { describeEnginesUsed, enginesUsed } from '../train/engine-words.ts';
import { summariseRuns } from './summary.ts';
import { formatSeconds, formatTextTable, summaryTable } from './summary-table.ts';
import { validateExperimentConfig } from './validate-config.ts';

const BACKEND = 'cpu';

/** "engine: TensorFlow.js", or both engines when the runs were split between them. */
function describeEngineUse(records: readonly RunRecord[]): string {
  const used = enginesUsed(records);
  return `engine: ${used.length === 0 ? 'none (no run trained)' : describeEnginesUsed(used)}`;
}
const EXIT_USAGE = 2;
const EXIT_INTERRUPTED = 130;
/** The page trains in slices to stay responsive; a terminal does not need to yield. */
const CLI_SLICE_BUDGET_MS = 1000;

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArguments(argv);
  if (args.switches.has('help')) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (args.errors.length > 0) {
    process.stderr.write(`${args.errors.join('\n')}\n\n${usage()}\n`);
    return EXIT_USAGE;
  }
  const { config, notices } = validateExperimentConfig(args.settings);
  for (const notice of notices) process.stderr.write(`Note: ${notice}\n`);

  // PROD silences tfjs's console advice to install tfjs-node; it changes no computation.
  tf.env().set('PROD', true);
  await tf.setBackend(BACKEND);
  await tf.ready();
  const log = (line: string) => {
    if (!args.switches.has('quiet')) process.stderr.write(`${line}\n`);
  };
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());

  log(describeExperiment(config));
  const outcome = await runGrid(config, {
    signal: abort.signal,
    sliceBudgetMs: CLI_SLICE_BUDGET_MS,
    engine: args.engine,
    onRunComplete: (record, total) => {
      const accuracy = record.testAccuracy === null ? record.status : `test accuracy ${record.testAccuracy.toFixed(3)}`;
      log(`run ${record.index + 1}/${total}: ${activationLabel(record.activation)}, seed ${record.seed}: ${accuracy} (${formatSeconds(record.timeMs)})`);
    },
  });
  if (outcome.stopped) log(`Stopped: ${outcome.records.length} of ${outcome.totalRuns} runs finished.`);

  if (args.switches.has('json')) {
    process.stdout.write(exportRunsJson(outcome.records));
  } else {
    process.stdout.write(`${describeExperiment(config)} · ${describeEngineUse(outcome.records)} · backend ${tf.getBackend()}\n\n`);
    process.stdout.write(`${formatTextTable(summaryTable(summariseRuns(outcome.records)))}\n`);
  }
  return outcome.stopped ? EXIT_INTERRUPTED : 0;
}

process.exitCode = await main(process.argv.slice(2));
