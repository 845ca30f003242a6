/**
 * Command-line flags for `npm run experiment`, turned into the same raw settings the URL and JSON
 * paths produce, so they go through the same validation.
 */
import type { ExperimentConfig } from './definition.ts';
import { DEFAULT_EXPERIMENT, EXPERIMENT_LIMITS } from './limits.ts';
import { EXPERIMENT_DATASET_IDS, EXPERIMENT_INITIALIZERS } from './definition.ts';
import { formatActivationList } from './activation-list.ts';
import type { EngineChoice } from '../types.ts';
import { ENGINE_CHOICES } from '../train/engine.ts';

const ENGINE_FLAG = 'engine';
const ENGINES = ENGINE_CHOICES;

export const CLI_FLAGS: Readonly<Record<string, keyof ExperimentConfig>> = {
  dataset: 'dataset',
  noise: 'noise',
  'data-seed': 'dataSeed',
  depth: 'depth',
  width: 'width',
  activations: 'activations',
  init: 'initializer',
  initializer: 'initializer',
  optimizer: 'optimizer',
  lr: 'learningRate',
  'learning-rate': 'learningRate',
  epochs: 'epochs',
  seeds: 'seeds',
  seed: 'firstSeed',
  target: 'targetAccuracy',
};

/** Flags about how and where a grid runs, not what it computes. */
export const CLI_OPTIONS = ['data', 'label', 'features', 'parallel', 'shard', 'resume', 'pair'] as const;
export type CliOption = (typeof CLI_OPTIONS)[number];

export const CLI_SWITCHES = ['json', 'quiet', 'help', 'no-time'] as const;
type Switch = (typeof CLI_SWITCHES)[number];

export interface CliArguments {
  /** 'run' trains a grid (or a shard of it); 'merge' combines shard outputs named in files. */
  command: 'run' | 'merge';
  files: string[];
  settings: Partial<Record<keyof ExperimentConfig, string>>;
  options: Partial<Record<CliOption, string>>;
  switches: Set<Switch>;
  /** --engine: which engine trains (default 'auto'). */
  engine: EngineChoice;
  /** Problems that stop the program: unknown flags, missing values. */
  errors: string[];
}

export function parseCliArguments(argv: readonly string[]): CliArguments {
  const settings: CliArguments['settings'] = {};
  const options: CliArguments['options'] = {};
  const switches = new Set<Switch>();
  const errors: string[] = [];
  const command = argv[0] === 'merge' ? 'merge' : 'run';
  const files: string[] = [];
  let engine: EngineChoice = 'auto';
  for (let i = command === 'merge' ? 1 : 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      if (command === 'merge') files.push(arg);
      else errors.push(`Unexpected argument "${arg}"; flags look like --dataset iris.`);
      continue;
    }
    const [, name = '', inline] = match;
    if ((CLI_SWITCHES as readonly string[]).includes(name)) {
      switches.add(name as Switch);
      continue;
    }
    const next = argv[i + 1];
    const value = inline ?? (next !== undefined && !next.startsWith('--') ? next : undefined);
    if (inline === undefined && value !== undefined) i++;
    const field = Object.hasOwn(CLI_FLAGS, name) ? CLI_FLAGS[name] : undefined;
    const option = (CLI_OPTIONS as readonly string[]).includes(name) ? name as CliOption : undefined;
    if (name === ENGINE_FLAG) {
      if (ENGINES.includes(value as EngineChoice)) engine = value as EngineChoice;
      else errors.push(`--engine must be one of ${ENGINES.join(', ')}, got ${value === undefined ? 'nothing' : `"${value}"`}.`);
    } else if (field === undefined && option === undefined) errors.push(`Unknown flag --${name}. Run with --help for the list.`);
    else if (value === undefined) errors.push(`--${name} needs a value.`);
    else if (field !== undefined) settings[field] = value;
    else options[option!] = value;
  }
  if (command === 'merge' && files.length === 0) errors.push('merge needs the shard outputs to combine, e.g. merge shard-1.json shard-2.json.');
  return { command, files, settings, options, switches, engine, errors };
}

export function usage(): string {
  const d = DEFAULT_EXPERIMENT;
  const L = EXPERIMENT_LIMITS;
  return [
    'Usage: npm run experiment -- [flags]',
    '       npm run experiment -- merge shard-1.json shard-2.json … [--json] [--no-time] [--pair A,B]',
    '',
    'Trains every activation with every seed (on the tfjs cpu backend) and prints the summary table.',
    'merge combines the --json outputs of shards into the table one machine would print.',
    '',
    '  --data FILE.csv    your own data: a CSV file with a header row (the split seed is --data-seed)',
    '  --label COLUMN     its label column (default: the last column); text labels are classes',
    '  --features A,B,C   its feature columns (default: every other column)',
    `  --parallel N       runs at once: this process and N − 1 worker threads (default 1)`,
    '  --shard i/n        only the i-th of n slices of the grid (for a job array; i counts from 1)',
    '  --resume FILE      skip runs FILE already holds; write every finished run to FILE as it ends',
    '  --pair A,B         also report B minus A, paired by seed, with its 95 % bootstrap interval (two of --activations)',
    `  --dataset ${EXPERIMENT_DATASET_IDS.filter((id) => id !== 'csv').join('|')}   (default ${d.dataset})`,
    `  --activations relu,tanh,leaky-relu:alpha=0.2   up to ${L.activations.max} (default ${formatActivationList(d.activations)})`,
    `  --seeds N          seeds per activation, ${L.seeds.min}–${L.seeds.max} (default ${d.seeds})`,
    `  --seed N           first seed (default ${d.firstSeed})`,
    `  --depth N          hidden layers, ${L.depth.min}–${L.depth.max} (default ${d.depth})`,
    `  --width N          units per hidden layer, ${L.width.min}–${L.width.max} (default ${d.width})`,
    `  --epochs N         ${L.epochs.min}–${L.epochs.max} (default ${d.epochs})`,
    `  --optimizer sgd|momentum|adam|rmsprop   (default ${d.optimizer})`,
    `  --lr X             learning rate (default ${d.learningRate})`,
    `  --init ${EXPERIMENT_INITIALIZERS.join('|')}   (default ${d.initializer})`,
    `  --target X|none    test accuracy for "epochs to target" (default ${d.targetAccuracy})`,
    `  --noise X          synthetic data sets only, 0–0.5 (default ${d.noise})`,
    `  --data-seed N      data set and split seed (default ${d.dataSeed})`,
    '  --engine auto|lab|tfjs   auto (default): lab\'s array engine (checked against TensorFlow.js) wherever it',
    '                     can train the network, else TensorFlow.js; tfjs: always TensorFlow.js',
    '  --json             print the run records (the page\'s JSON export) instead of the table',
    '  --quiet            no per-run progress on stderr',
    '  --no-time          leave the time column out of the table (for comparing tables byte for byte)',
  ].join('\n');
}
