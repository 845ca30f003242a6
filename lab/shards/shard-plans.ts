/**
 * The i-th of n disjoint slices of a grid: contiguous runs in run order, sizes differing by at
 * most one (the first total mod n shards get one more). Contiguous slices keep a shard's runs
 * seed by seed, like the grid's own order; every run lands in exactly one shard.
 */
import { checkShard, type ShardSpec } from './shard-spec.ts';

export interface ShardRange {
  /** First position in run order (inclusive). */
  start: number;
  /** Last position + 1 (exclusive); equal to start for an empty shard. */
  end: number;
}

export function shardRange(totalRuns: number, shard: ShardSpec): ShardRange {
  const checked = checkShard(shard);
  if (!checked.ok) throw new Error(checked.problem);
  if (!Number.isInteger(totalRuns) || totalRuns < 0) throw new Error(`A grid has a whole number of runs, got ${String(totalRuns)}.`);
  const { index, count } = checked.shard;
  const base = Math.floor(totalRuns / count);
  const extra = totalRuns % count;
  const start = (index - 1) * base + Math.min(index - 1, extra);
  return { start, end: start + base + (index <= extra ? 1 : 0) };
}

/** The plans of one shard, in run order. */
export function shardPlans<T>(plans: readonly T[], shard: ShardSpec): T[] {
  const { start, end } = shardRange(plans.length, shard);
  return plans.slice(start, end);
}

