/** --data FILE.csv for the CLI: the file read and checked as the page reads it, and the config's description of it. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readCsvDataset } from '../../csv/index.ts';
import type { Dataset } from '../../types.ts';
import { CSV_DATASET_ID, type CsvSource } from '../definition.ts';

export interface CsvChoice {
  file: string;
  label?: string;
  /** Comma-separated feature columns. */
  features?: string;
  dataSeed: number;
}

export type CsvLoad = { ok: true; dataset: Dataset; csv: CsvSource; settings: { dataset: typeof CSV_DATASET_ID } } | { ok: false; problem: string };

export async function loadCsvData(choice: CsvChoice): Promise<CsvLoad> {
  let text: string;
  try {
    text = await readFile(choice.file, 'utf8');
  } catch (error) {
    return { ok: false, problem: `${choice.file}: cannot be read (${(error as Error).message}).` };
  }
  const features = choice.features?.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const read = await readCsvDataset(text, {
    seed: choice.dataSeed,
    ...(choice.label !== undefined ? { label: choice.label } : {}),
    ...(features !== undefined ? { features } : {}),
  });
  if (!read.ok) return { ok: false, problem: `${basename(choice.file)}: ${read.problem}` };
  return {
    ok: true,
    dataset: read.dataset,
    csv: { file: basename(choice.file), label: read.labelColumn, features: read.featureColumns, hash: read.hash },
    settings: { dataset: CSV_DATASET_ID },
  };
}
