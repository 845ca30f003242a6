/**
 * "i/n": the i-th of n shards of a grid, as a job-array scheduler hands it out (a Kubernetes
 * Indexed Job's index, a CI matrix entry). i counts from 1; any n ≥ 1 works, even more shards than
 * runs (the extra shards are empty).
 */
export interface ShardSpec {
  /** 1..count. */
  index: number;
  count: number;
}

export type ShardReading = { ok: true; shard: ShardSpec } | { ok: false; problem: string };

export const MAX_SHARDS = 1_000_000;
const SHARD_TEXT = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

export function checkShard(shard: ShardSpec): ShardReading {
  const { index, count } = shard;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) {
    return { ok: false, problem: `The number of shards must be a whole number from 1 to ${MAX_SHARDS.toLocaleString('en-US')}, got ${String(count)}.` };
  }
  if (!Number.isInteger(index) || index < 1 || index > count) {
    return { ok: false, problem: `The shard number must be a whole number from 1 to ${count}, got ${String(index)}.` };
  }
  return { ok: true, shard: { index, count } };
}

/** Reads "2/4" (shard 2 of 4). */
export function parseShard(text: string): ShardReading {
  const match = SHARD_TEXT.exec(String(text));
  if (!match) return { ok: false, problem: `A shard is written i/n, e.g. 2/4 for the second of four; got "${String(text).slice(0, 40)}".` };
  return checkShard({ index: Number(match[1]), count: Number(match[2]) });
}
