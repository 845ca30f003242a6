/**
 * `npm run experiment -- --dataset iris --activations relu,swish --seeds 5`
 * Runs an experiment grid headless on the tfjs cpu backend through the same runner and table
 * formatting as the page's experiment bench, so the same seed gives the same numbers. See
 * cli/run-command.ts (data, workers, shards, resume) and cli/merge-command.ts.
 */
import process from 'node:process';
import { tf } from '../tfjs.ts';
import { parseCliArguments, usage } from './cli-args.ts';
import { mergeCommand } from './cli/merge-command.ts';
import { runCommand } from './cli/run-command.ts';

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_INTERRUPTED = 130;

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
  // PROD silences tfjs's console advice to install tfjs-node; it changes no computation.
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  await tf.ready();
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  process.once('SIGTERM', () => abort.abort());
  const context = {
    signal: abort.signal,
    log: (line: string) => {
      if (!args.switches.has('quiet')) process.stderr.write(`${line}\n`);
    },
    note: (line: string) => process.stderr.write(`Note: ${line}\n`),
  };
  try {
    const result = args.command === 'merge' ? { ...(await mergeCommand(args)), stopped: false } : await runCommand(args, context);
    if (result.refusal !== null) {
      process.stderr.write(`${result.refusal}\n`);
      return EXIT_FAILED;
    }
    process.stdout.write(result.stdout);
    return result.stopped ? EXIT_INTERRUPTED : 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
}

process.exitCode = await main(process.argv.slice(2));
