/**
 * validateExperimentConfig: turns anything (parsed JSON, URL fields, CLI flags) into a config that is
 * safe to run. Nothing throws: each bad or missing-but-given value falls back to its default and a
 * notice says what was replaced.
 */
import { OPTIMIZER_IDS } from '../train/optimizers.ts';
import { readActivationList } from './activation-list.ts';
import { readChoiceField, readNumberField, readOptionalNumberField, type FieldResult } from './config-fields.ts';
import { readCsvSource, copyCsvSource } from './csv-source.ts';
import { CSV_DATASET_ID, EXPERIMENT_DATASET_IDS, EXPERIMENT_INITIALIZERS, type ExperimentConfig } from './definition.ts';
import { DEFAULT_EXPERIMENT, EXPERIMENT_LIMITS } from './limits.ts';
import { quote } from './text-values.ts';

export interface ConfigReading {
  config: ExperimentConfig;
  /** One sentence per replaced or ignored value; empty when everything was accepted. */
  notices: string[];
}

export const CONFIG_FIELDS = [
  'dataset', 'noise', 'dataSeed', 'depth', 'width', 'activations', 'initializer',
  'optimizer', 'learningRate', 'epochs', 'seeds', 'firstSeed', 'targetAccuracy',
] as const satisfies readonly (keyof ExperimentConfig)[];

/** Every setting a config may hold: the fields above and, for a CSV data set, csv. */
export const CONFIG_KEYS = [...CONFIG_FIELDS, 'csv'] as const satisfies readonly (keyof ExperimentConfig)[];

export const FIELD_LABELS: Readonly<Record<keyof ExperimentConfig, string>> = {
  dataset: 'Data set',
  csv: 'CSV file',
  noise: 'Noise',
  dataSeed: 'Data seed',
  depth: 'Hidden layers',
  width: 'Units per layer',
  activations: 'Activations',
  initializer: 'Initialiser',
  optimizer: 'Optimizer',
  learningRate: 'Learning rate',
  epochs: 'Epochs',
  seeds: 'Seeds',
  firstSeed: 'First seed',
  targetAccuracy: 'Target accuracy',
};

export function copyConfig(config: Readonly<ExperimentConfig>): ExperimentConfig {
  const copy = { ...config, activations: config.activations.map(({ id, params }) => ({ id, params: { ...params } })) };
  if (config.csv) copy.csv = copyCsvSource(config.csv);
  return copy;
}

export function validateExperimentConfig(raw: unknown, defaults: Readonly<ExperimentConfig> = DEFAULT_EXPERIMENT): ConfigReading {
  const config = copyConfig(defaults);
  const notices: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, notices: [`The experiment settings must be an object, got ${quote(raw)}; using the defaults.`] };
  }
  const given = raw as Record<string, unknown>;
  const has = (field: keyof ExperimentConfig): boolean => Object.hasOwn(given, field) && given[field] !== undefined;
  const take = <K extends keyof ExperimentConfig>(field: K, read: (raw: unknown) => FieldResult<ExperimentConfig[K]>): void => {
    if (!has(field)) return;
    const { value, notice } = read(given[field]);
    config[field] = value;
    if (notice) notices.push(notice);
  };
  const L = EXPERIMENT_LIMITS;
  const label = FIELD_LABELS;

  take('dataset', (v) => readChoiceField(label.dataset, v, EXPERIMENT_DATASET_IDS, defaults.dataset));
  take('noise', (v) => readNumberField(label.noise, v, L.noise, defaults.noise));
  take('dataSeed', (v) => readNumberField(label.dataSeed, v, L.seed, defaults.dataSeed, true));
  take('depth', (v) => readNumberField(label.depth, v, L.depth, defaults.depth, true));
  take('width', (v) => readNumberField(label.width, v, L.width, defaults.width, true));
  take('initializer', (v) => readChoiceField(label.initializer, v, EXPERIMENT_INITIALIZERS, defaults.initializer));
  take('optimizer', (v) => readChoiceField(label.optimizer, v, OPTIMIZER_IDS, defaults.optimizer));
  take('learningRate', (v) => readNumberField(label.learningRate, v, L.learningRate, defaults.learningRate));
  take('epochs', (v) => readNumberField(label.epochs, v, L.epochs, defaults.epochs, true));
  take('seeds', (v) => readNumberField(label.seeds, v, L.seeds, defaults.seeds, true));
  take('firstSeed', (v) => readNumberField(label.firstSeed, v, L.seed, defaults.firstSeed, true));
  take('targetAccuracy', (v) => readOptionalNumberField(label.targetAccuracy, v, L.targetAccuracy, defaults.targetAccuracy));
  if (has('activations')) {
    const reading = readActivationList(given.activations);
    notices.push(...reading.notices);
    if (reading.activations.length > 0) config.activations = reading.activations;
    else notices.push(`${label.activations}: none of the given ones can run; using ${defaults.activations.map((a) => a.id).join(', ')}.`);
  }
  readCsvPart(config, given, defaults, notices);
  const lastSeed = config.firstSeed + config.seeds - 1;
  if (lastSeed > L.seed.max) {
    config.firstSeed = L.seed.max - config.seeds + 1;
    notices.push(`${label.firstSeed}: seeds must stay below ${L.seed.max + 1}; starting at ${config.firstSeed}.`);
  }
  const maxSeeds = Math.floor(L.runs.max / config.activations.length);
  if (config.seeds > maxSeeds) {
    notices.push(`${label.seeds}: at most ${L.runs.max} runs per grid; using ${maxSeeds} seeds for ${config.activations.length} activations.`);
    config.seeds = maxSeeds;
  }
  for (const key of Object.keys(given)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) notices.push(`Unknown setting ${quote(key)} was ignored.`);
  }
  return { config, notices };
}

/** A CSV data set needs its description (given, or kept from the defaults); any other data set has none. */
function readCsvPart(config: ExperimentConfig, given: Record<string, unknown>, defaults: Readonly<ExperimentConfig>, notices: string[]): void {
  const raw = given.csv;
  if (config.dataset !== CSV_DATASET_ID) {
    if (raw !== undefined && raw !== null) notices.push(`${FIELD_LABELS.csv}: ignored, as the data set is ${config.dataset}.`);
    delete config.csv;
    return;
  }
  if (raw === undefined && config.csv) return;
  const reading = readCsvSource(raw);
  if (reading.ok) {
    config.csv = reading.source;
    return;
  }
  const fallback = defaults.dataset === CSV_DATASET_ID ? DEFAULT_EXPERIMENT.dataset : defaults.dataset;
  notices.push(`${FIELD_LABELS.dataset}: a CSV data set needs its file described, but ${reading.problem}; using ${fallback}.`);
  config.dataset = fallback;
  delete config.csv;
}
