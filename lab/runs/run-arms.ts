/**
 * runArms: the one run orchestrator. Trains every arm once per seed (seed by seed, so a stopped run
 * still pairs arms by seed), in turn or together, on the chosen engine, and reports progress over all
 * runs, probe readings and one uniform record per finished run. A stopped run is dropped; the runs
 * that finished before it are kept.
 */
import { normaliseSeed } from '../rng.ts';
import type { TrainProgress } from '../types.ts';
import type { ArmRun, ArmSpec, RunKey, RunListener, RunPlan, RunsOutcome } from './plan.ts';
import { errorRecord, runOneArm } from './run-one-arm.ts';

export const MAX_RUNS = 1000;

function checkPlan(plan: RunPlan): void {
  if (!plan || !Array.isArray(plan.arms) || plan.arms.length === 0) throw new Error('Runs: give at least one arm to train.');
  if (new Set(plan.arms.map((arm) => arm.id)).size !== plan.arms.length) throw new Error('Runs: arm ids must be unique.');
  if (!Array.isArray(plan.seeds) || plan.seeds.length === 0) throw new Error('Runs: give at least one seed.');
  if (plan.arms.length * plan.seeds.length > MAX_RUNS) throw new Error(`Runs: at most ${MAX_RUNS} runs (arms × seeds) at once.`);
}

/** The seeds base, base + 1, … as unsigned 32-bit integers. */
export function consecutiveSeeds(baseSeed: number, count: number): number[] {
  const base = normaliseSeed(baseSeed);
  return Array.from({ length: count }, (_, k) => (base + k) >>> 0);
}

export async function runArms(plan: RunPlan, listener: RunListener = {}): Promise<RunsOutcome> {
  checkPlan(plan);
  const startedAt = performance.now();
  const { arms } = plan;
  const seeds = plan.seeds.map(normaliseSeed);
  const totalRuns = seeds.length * arms.length;
  const plannedEpochs = (arm: ArmSpec): number => arm.train.epochs;
  const totalEpochs = seeds.length * arms.reduce((sum, arm) => sum + plannedEpochs(arm), 0);
  const records: ArmRun[] = [];
  /** Planned epochs of the runs that ended, and the current epoch of each run in training. */
  let endedEpochs = 0;
  const current = new Map<number, number>();
  const epochsDone = (): number => endedEpochs + [...current.values()].reduce((sum, epoch) => sum + epoch, 0);
  /** Records in run order (runs that train together may end in any order). */
  const outcome = (stopped: boolean): RunsOutcome => ({
    records: records.sort((a, b) => a.index - b.index), totalRuns, totalEpochs, epochsDone: epochsDone(), stopped, elapsedMs: performance.now() - startedAt,
  });

  const runOne = async (arm: ArmSpec, key: RunKey): Promise<'stopped' | ArmRun> => {
    listener.onRunStart?.(key, totalRuns);
    current.set(key.index, 0);
    const onProgress = (progress: TrainProgress): void => {
      current.set(key.index, progress.epoch);
      listener.onProgress?.({ run: key, progress, epochsDone: epochsDone(), totalEpochs });
    };
    const runStart = performance.now();
    let record: ArmRun;
    try {
      record = await runOneArm(arm, key, plan, { onProgress, onProbe: (event) => listener.onProbe?.(event) });
    } catch (error) {
      if (!plan.continueOnError) throw error;
      record = errorRecord(key, error, performance.now() - runStart);
    }
    if (record.status === 'stopped') return 'stopped';
    current.delete(key.index);
    endedEpochs += plannedEpochs(arm);
    records.push(record);
    await listener.onRunEnd?.(record, totalRuns);
    return record;
  };

  for (const [seedIndex, seed] of seeds.entries()) {
    const keys = arms.map((arm, armIndex): RunKey => ({ arm: arm.id, seed, seedIndex, index: seedIndex * arms.length + armIndex }));
    if (plan.schedule === 'together') {
      if (plan.signal?.aborted) return outcome(true);
      const ended = await Promise.all(arms.map((arm, armIndex) => runOne(arm, keys[armIndex]!)));
      if (ended.includes('stopped')) return outcome(true);
      continue;
    }
    for (const [armIndex, arm] of arms.entries()) {
      if (plan.signal?.aborted) return outcome(true);
      if ((await runOne(arm, keys[armIndex]!)) === 'stopped') return outcome(true);
    }
  }
  return outcome(false);
}
