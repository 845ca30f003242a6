/**
 * runGrid: trains every run of an experiment one after another on the current tfjs backend,
 * reporting per-run and overall progress. An aborted signal ends the grid at once; the runs that
 * had finished are kept, the one in progress is dropped.
 */
import type { Dataset } from '../types.ts';
import type { ExperimentConfig, RunPlan } from './definition.ts';
import { expandGrid } from './expand-grid.ts';
import { loadExperimentDataset } from './experiment-dataset.ts';
import { randomId } from './ids.ts';
import { runOne } from './run-one.ts';
import type { RunRecord } from './run-record.ts';

export interface GridProgress {
  plan: RunPlan;
  totalRuns: number;
  epoch: number;
  totalEpochs: number;
  loss: number;
  /** Fraction of the whole grid's epochs done, 0..1. */
  overall: number;
}

export interface RunGridOptions {
  signal?: AbortSignal;
  /** A data set already loaded for this config; by default it is loaded from config.dataset. */
  dataset?: Dataset;
  sliceBudgetMs?: number;
  onRunStart?: (plan: RunPlan, totalRuns: number) => void;
  onProgress?: (progress: GridProgress) => void;
  /** May return a promise (e.g. saving the record); the next run waits for it. */
  onRunComplete?: (record: RunRecord, totalRuns: number) => void | Promise<void>;
}

export interface GridOutcome {
  gridId: string;
  config: ExperimentConfig;
  /** Finished runs in run order. */
  records: RunRecord[];
  totalRuns: number;
  stopped: boolean;
  elapsedMs: number;
}

export async function runGrid(config: ExperimentConfig, options: RunGridOptions = {}): Promise<GridOutcome> {
  const startedAt = performance.now();
  const plans = expandGrid(config);
  const totalRuns = plans.length;
  const gridId = randomId('grid');
  const records: RunRecord[] = [];
  const outcome = (stopped: boolean): GridOutcome =>
    ({ gridId, config, records, totalRuns, stopped, elapsedMs: performance.now() - startedAt });

  if (options.signal?.aborted) return outcome(true);
  const dataset = options.dataset ?? (await loadExperimentDataset(config));
  for (const plan of plans) {
    if (options.signal?.aborted) return outcome(true);
    options.onRunStart?.(plan, totalRuns);
    const result = await runOne(plan, {
      config,
      dataset,
      gridId,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.sliceBudgetMs !== undefined ? { sliceBudgetMs: options.sliceBudgetMs } : {}),
      onEpoch: (progress) => options.onProgress?.({
        plan,
        totalRuns,
        epoch: progress.epoch,
        totalEpochs: progress.totalEpochs,
        loss: progress.loss,
        overall: (plan.index + progress.epoch / progress.totalEpochs) / totalRuns,
      }),
    });
    if (result === 'stopped') return outcome(true);
    records.push(result);
    await options.onRunComplete?.(result, totalRuns);
  }
  return outcome(false);
}
