/**
 * Resume: which of the planned runs (a whole grid or one shard of it) are not recorded yet. The
 * recorded runs must come from the same grid and data; a run counts as recorded whatever its
 * status (a diverged run is a result, and a failed one would fail again with the same seed).
 */
import type { ExperimentConfig, GridCell } from '../experiments/definition.ts';
import { expandGrid } from '../experiments/expand-grid.ts';
import { describeRun, planMismatch, settingMismatch, type GridRun, type GridSetting } from './grid-runs.ts';

export interface ResumeRequest<R> {
  config: ExperimentConfig;
  /** The data set's hash this time, checked against version-2 records; omit for records without one. */
  dataHash?: string;
  /** The runs this job is to do: expandGrid(config), or one shard of it. */
  plans: readonly GridCell[];
  /** What the earlier attempt recorded. */
  recorded: readonly R[];
}

export type ResumeResult<R> =
  | { ok: true; /** Recorded runs among the plans, in run order. */ done: R[]; /** Plans still to run, in run order. */ pending: GridCell[] }
  | { ok: false; reason: string };

export function resumeRuns<R extends GridRun>({ config, dataHash, plans, recorded }: ResumeRequest<R>): ResumeResult<R> {
  const grid = expandGrid(config);
  const expected: GridSetting = { config, ...(dataHash !== undefined ? { dataHash } : {}) };
  const byIndex = new Map<number, R>();
  for (const run of recorded) {
    const setting = settingMismatch(run, expected);
    if (setting !== null) return { ok: false, reason: `The recorded ${describeRun(run)} belongs to another experiment: ${setting}.` };
    const mismatch = planMismatch(run, grid);
    if (mismatch !== null) return { ok: false, reason: `The recorded ${describeRun(run)} does not fit the grid: ${mismatch}.` };
    if (byIndex.has(run.index)) return { ok: false, reason: `The ${describeRun(run)} is recorded twice; the file is damaged or two jobs wrote it.` };
    byIndex.set(run.index, run);
  }
  for (const plan of plans) {
    const mismatch = planMismatch(plan, grid);
    if (mismatch !== null) return { ok: false, reason: `The planned ${describeRun(plan)} is not part of this grid: ${mismatch}.` };
  }
  return {
    ok: true,
    done: plans.flatMap((plan) => byIndex.get(plan.index) ?? []),
    pending: plans.filter((plan) => !byIndex.has(plan.index)),
  };
}
