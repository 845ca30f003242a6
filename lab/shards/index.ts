/** Grids across machines: shards of a grid, merging their outputs, and resuming an interrupted job. */
export { parseShard, checkShard, MAX_SHARDS, type ShardSpec, type ShardReading } from './shard-spec.ts';
export { shardPlans, shardRange, type ShardRange } from './shard-plans.ts';
export { mergeShards, type MergeResult, type ShardOutput } from './merge-shards.ts';
export { resumeRuns, type ResumeRequest, type ResumeResult } from './resume.ts';
export { configDifference, describeRun, type GridRun } from './grid-runs.ts';
