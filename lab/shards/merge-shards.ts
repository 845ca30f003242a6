/**
 * Shard outputs → the record set one machine would have produced: every run of the grid exactly
 * once, in run order, so summaries print byte for byte as for an unsharded run. Refuses, with the
 * file and run named, outputs of different configs or data, runs that do not fit the grid, a run
 * recorded twice, and runs that no output recorded.
 */
import { expandGrid } from '../experiments/expand-grid.ts';
import type { ExperimentConfig } from '../experiments/definition.ts';
import { describeRun, planMismatch, settingMismatch, type GridRun } from './grid-runs.ts';

export interface ShardOutput<R> {
  /** Names the output in messages, e.g. its file name. */
  source: string;
  runs: readonly R[];
}

export type MergeResult<R> = { ok: true; config: ExperimentConfig; runs: R[] } | { ok: false; reason: string };

const MAX_LISTED_MISSING = 5;

class MergeRefusal extends Error {}

function refuse(reason: string): never {
  throw new MergeRefusal(reason);
}

function merge<R extends GridRun>(outputs: readonly ShardOutput<R>[]): MergeResult<R> {
  const first = outputs.find((output) => output.runs.length > 0);
  if (first === undefined) refuse(outputs.length === 0 ? 'There is nothing to merge.' : 'None of the outputs holds a run.');
  const reference = first.runs[0]!;
  const plans = expandGrid(reference.config);
  const placed = new Map<number, { run: R; source: string }>();
  for (const { source, runs } of outputs) {
    for (const run of runs) {
      const where = `${source}: ${describeRun(run)}`;
      const setting = settingMismatch(run, reference);
      if (setting !== null) refuse(`${where} cannot be merged with ${first.source}: ${setting}.`);
      const mismatch = planMismatch(run, plans);
      if (mismatch !== null) refuse(`${where} does not fit the grid: ${mismatch}.`);
      const earlier = placed.get(run.index);
      if (earlier !== undefined) {
        refuse(`The ${describeRun(run)} is recorded twice, in ${earlier.source === source ? `${source} itself` : `${earlier.source} and ${source}`}; each run must come from exactly one shard.`);
      }
      placed.set(run.index, { run, source });
    }
  }
  const missing = plans.filter((plan) => !placed.has(plan.index));
  if (missing.length > 0) {
    const listed = missing.slice(0, MAX_LISTED_MISSING).map(describeRun).join(', ');
    const more = missing.length > MAX_LISTED_MISSING ? `, and ${missing.length - MAX_LISTED_MISSING} more` : '';
    refuse(`${missing.length} of the grid's ${plans.length} runs ${missing.length === 1 ? 'is' : 'are'} missing: ${listed}${more}. Was every shard run to the end? (--resume finishes one.)`);
  }
  return { ok: true, config: reference.config, runs: plans.map((plan) => placed.get(plan.index)!.run) };
}

export function mergeShards<R extends GridRun>(outputs: readonly ShardOutput<R>[]): MergeResult<R> {
  try {
    return merge(outputs);
  } catch (error) {
    if (error instanceof MergeRefusal) return { ok: false, reason: error.message };
    throw error;
  }
}
