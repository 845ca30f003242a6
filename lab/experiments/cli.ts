/**
 * `npm run experiment -- --dataset iris --activations relu,swish --seeds 5`
 * Runs an experiment grid headless on the tfjs cpu backend through the same runner and table
 * formatting as the page's experiment bench, so the same seed gives the same numbers.
 */
import process from 'node:process';
import { tf } from '../tfjs.ts';
import { activationLabel } from './activation-list.ts';
import { parseCliArguments, usage } from './cli-args.ts';
import { describeExperiment } from './describe-experiment.ts';
import { exportTracedRuns } from '../records/traced-runs-file.ts';
import { prepareGrid, runGrid } from './runner.ts';
import { summariseRuns } from './summary.ts';
import { formatSeconds, formatTextTable, summaryTable } from './summary-table.ts';
import { validateExperimentConfig } from './validate-config.ts';

const BACKEND = 'cpu';
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
  const setup = await prepareGrid(config, { gridId: 'from-config', sliceBudgetMs: CLI_SLICE_BUDGET_MS });
  const outcome = await runGrid(setup, {
    signal: abort.signal,
    onRunComplete: (record, pace) => {
      const accuracy = record.metrics.testAccuracy === null ? record.status : `test accuracy ${record.metrics.testAccuracy.toFixed(3)}`;
      log(`run ${record.index + 1}/${pace.totalRuns}: ${activationLabel(record.activation)}, seed ${record.seed}: ${accuracy} (${formatSeconds(record.durationMs)})`);
    },
  });
  if (outcome.stopped) log(`Stopped: ${outcome.records.length} of ${outcome.totalRuns} runs finished.`);

  if (args.switches.has('json')) {
    process.stdout.write(exportTracedRuns(outcome.records));
  } else {
    process.stdout.write(`${describeExperiment(config)} · backend ${tf.getBackend()}\n\n`);
    process.stdout.write(`${formatTextTable(summaryTable(summariseRuns(outcome.records)))}\n`);
  }
  return outcome.stopped ? EXIT_INTERRUPTED : 0;
}

process.exitCode = await main(process.argv.slice(2));
