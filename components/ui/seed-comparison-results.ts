/** What a seed comparison has produced so far: its settings, its arms' names, and every finished run. */
import { summariseArms, type ComparisonArm, type ComparisonRun, type Dataset } from '../../lab/index';
import type { LabelledSummary } from './seed-accuracy';

export interface ComparisonResults<Settings, Probe> {
  settings: Settings;
  labels: Map<string, string>;
  armIds: string[];
  /** Finished runs in run order; a widget's charts read them as they arrive. */
  runs: ComparisonRun<Probe>[];
  testExamples: number;
}

export function emptyResults<Settings, Probe>(settings: Settings, arms: readonly ComparisonArm<Probe>[], dataset: Dataset): ComparisonResults<Settings, Probe> {
  return {
    settings,
    labels: new Map(arms.map((arm) => [arm.id, arm.label])),
    armIds: arms.map((arm) => arm.id),
    runs: [],
    testExamples: dataset.test.xs.length,
  };
}

export function armLabel(results: ComparisonResults<unknown, unknown> | undefined, armId: string): string {
  return results?.labels.get(armId) ?? armId;
}

/** Test accuracy per arm over the finished runs, with the arm's name. */
export function labelledSummaries(results: ComparisonResults<unknown, unknown>): LabelledSummary[] {
  return summariseArms(results.armIds, results.runs).map((summary) => ({ ...summary, label: armLabel(results, summary.armId) }));
}
