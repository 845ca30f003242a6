/**
 * Everything a process needs to run cells of one grid, as plain data: the config, the data set
 * (already loaded, so a worker never reads a file), and what every record carries about where it
 * came from. It is sent once to each worker; cells follow one by one.
 */
import type { Dataset, EngineChoice } from '../types.ts';
import { datasetHash } from '../datasets/dataset-hash.ts';
import { SITE_VERSION } from '../version.ts';
import type { ExperimentConfig } from './definition.ts';
import { randomId } from './ids.ts';

export interface GridSetup {
  gridId: string;
  config: ExperimentConfig;
  dataset: Dataset;
  /** datasetHash(dataset). */
  dataHash: string;
  siteVersion: string;
  /** Training slice length; the page's own thread yields between slices, a worker or a terminal need not. */
  sliceBudgetMs?: number;
  /** The engine every cell trains on (default 'auto': lab's array engine wherever it can train the network). */
  engine?: EngineChoice;
}

/** A grid's id from what it computes: shards and resumed jobs of one grid share it, so their runs merge as one grid's. */
export async function gridIdFor(config: ExperimentConfig, dataHash: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(config)}\n${dataHash}`);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return `grid-${Array.from(digest.slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export interface SetupOptions {
  /** 'random' (the page: every press of Run grid is a new grid) or 'from-config' (the CLI: shards agree). */
  gridId?: 'random' | 'from-config';
  sliceBudgetMs?: number;
  engine?: EngineChoice;
}

export async function gridSetup(config: ExperimentConfig, dataset: Dataset, options: SetupOptions = {}): Promise<GridSetup> {
  const dataHash = await datasetHash(dataset);
  if (config.csv && config.csv.hash !== dataHash) {
    throw new Error(`The data set's hash ${dataHash} is not the one the config names for ${config.csv.file} (${config.csv.hash}).`);
  }
  const gridId = options.gridId === 'from-config' ? await gridIdFor(config, dataHash) : randomId('grid');
  return {
    gridId, config, dataset, dataHash, siteVersion: SITE_VERSION,
    ...(options.sliceBudgetMs !== undefined ? { sliceBudgetMs: options.sliceBudgetMs } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
  };
}
