/** `npm run experiment -- merge a.json b.json …`: shard outputs → the summary one machine would print (or, with --json, the merged records). */
import { basename } from 'node:path';
import { mergeShards } from '../../shards/merge-shards.ts';
import { exportTracedRuns } from '../../records/traced-runs-file.ts';
import type { RunRecord } from '../run-record.ts';
import type { CliArguments } from '../cli-args.ts';
import { readRecordsFile } from './records-file.ts';
import { summaryText } from './print-summary.ts';
import { readPairOption } from './pair-option.ts';

export interface CommandOutput {
  stdout: string;
  /** Why nothing could be printed, or null. */
  refusal: string | null;
}

export async function mergeCommand(args: CliArguments): Promise<CommandOutput> {
  const outputs: { source: string; runs: RunRecord[] }[] = [];
  for (const file of args.files) {
    outputs.push({ source: basename(file), runs: (await readRecordsFile(file, false))! });
  }
  const merged = mergeShards(outputs);
  if (!merged.ok) return { stdout: '', refusal: merged.reason };
  const pair = args.options.pair === undefined ? null : readPairOption(args.options.pair, merged.config);
  if (pair !== null && !pair.ok) return { stdout: '', refusal: pair.problem };
  const stdout = args.switches.has('json')
    ? exportTracedRuns(merged.runs)
    : summaryText(merged.config, merged.runs, { time: !args.switches.has('no-time'), ...(pair ? { pair: pair.pair } : {}) });
  return { stdout, refusal: null };
}
