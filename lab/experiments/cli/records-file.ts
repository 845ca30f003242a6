/** Run-record files for the CLI: read whole or refused with the reason, written so a kill never leaves half a file. */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { exportTracedRuns, importTracedRuns } from '../../records/traced-runs-file.ts';
import type { RunRecord } from '../run-record.ts';

/** The records in file, or null when there is no such file; throws with the file named when it cannot be read. */
export async function readRecordsFile(file: string, missingOk: boolean): Promise<RunRecord[] | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (missingOk && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file}: cannot be read (${(error as Error).message}).`);
  }
  const read = importTracedRuns(text);
  if (!read.ok) throw new Error(`${file}: ${read.error}`);
  if (read.rejected.length > 0) throw new Error(`${file}: ${read.rejected[0]}${read.rejected.length > 1 ? ` (and ${read.rejected.length - 1} more)` : ''}`);
  return read.runs;
}

/** Writes beside the file, then renames over it: the file is always a whole export. */
export async function writeRecordsFile(file: string, records: readonly RunRecord[]): Promise<void> {
  const partial = `${file}.partial`;
  await writeFile(partial, exportTracedRuns(records));
  await rename(partial, file);
}
