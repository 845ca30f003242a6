/**
 * The experiment config in a URL's query string, so a grid can be shared as a link. Decoding runs
 * through the same validation as every other input; parameters this module does not know are left
 * alone (they may belong to something else on the page).
 */
import { formatActivationList } from './activation-list.ts';
import type { ExperimentConfig } from './definition.ts';
import { validateExperimentConfig, type ConfigReading } from './validate-config.ts';

/** Query parameter name for each config field. */
export const URL_KEYS: Readonly<Record<keyof ExperimentConfig, string>> = {
  dataset: 'dataset',
  csv: 'csv',
  noise: 'noise',
  dataSeed: 'data-seed',
  depth: 'depth',
  width: 'width',
  activations: 'act',
  initializer: 'init',
  optimizer: 'opt',
  learningRate: 'lr',
  epochs: 'epochs',
  seeds: 'seeds',
  firstSeed: 'seed',
  targetAccuracy: 'target',
};

const FIELDS = Object.keys(URL_KEYS) as (keyof ExperimentConfig)[];

export function configToSearchParams(config: ExperimentConfig): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = config[field];
    if (value === undefined) continue;
    const text = field === 'activations' ? formatActivationList(config.activations)
      : field === 'csv' ? JSON.stringify(value) : value === null ? 'none' : String(value);
    params.set(URL_KEYS[field], text);
  }
  return params;
}

/** True when the query string carries at least one experiment parameter. */
export function hasConfigParams(search: URLSearchParams | string): boolean {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return FIELDS.some((field) => params.has(URL_KEYS[field]));
}

export function configFromSearchParams(search: URLSearchParams | string): ConfigReading {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw: Partial<Record<keyof ExperimentConfig, string>> = {};
  for (const field of FIELDS) {
    const value = params.get(URL_KEYS[field]);
    if (value !== null) raw[field] = value;
  }
  return validateExperimentConfig(raw);
}

/** Puts the config into a query string, keeping any parameters that belong to others. */
export function mergeConfigIntoSearch(search: string, config: ExperimentConfig): string {
  const params = new URLSearchParams(search);
  params.delete(URL_KEYS.csv);
  for (const [key, value] of configToSearchParams(config)) params.set(key, value);
  return params.toString();
}
