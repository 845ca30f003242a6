/**
 * A seed comparison on the demo run skeleton: what it has produced so far (its settings, its arms'
 * names, every finished run), the line naming the run in training, and the demo's figure: the target
 * arm's mean test accuracy over the seeds.
 */
import { summariseArms, type ArmRun, type RunListener, type RunPlan } from '../../../lab/index';
import type { Figure } from '../demo-run/demo-run';
import { percent, type LabelledSummary } from './seed-accuracy';

export interface ComparisonResults<Settings> {
  settings: Settings;
  labels: Map<string, string>;
  armIds: string[];
  /** Finished runs in run order; a widget's charts read them as they arrive. */
  runs: ArmRun[];
  testExamples: number;
}

/** The arm whose mean test accuracy is the demo's figure. */
export interface TargetArm {
  id: string;
  /** Why the run ends as diverged when none of this arm's runs finished, e.g. "every trained-β run diverged". */
  divergedReason: string;
  /** The result after its value in the status line, e.g. "for trained-β Swish". */
  resultSuffix: string;
}

export function labelOf(results: ComparisonResults<unknown> | undefined, armId: string): string {
  return results?.labels.get(armId) ?? armId;
}

/** Test accuracy per arm over the finished runs, with the arm's name. */
export function labelledSummaries(results: ComparisonResults<unknown>): LabelledSummary[] {
  return summariseArms(results.armIds, results.runs).map((summary) => ({ ...summary, label: labelOf(results, summary.armId) }));
}

export class SeedComparison<Settings> {
  readonly #target: TargetArm;
  readonly #current: HTMLElement;
  readonly #onRun: (run: ArmRun) => void;
  results?: ComparisonResults<Settings>;

  constructor(target: TargetArm, current: HTMLElement, onRun: (run: ArmRun) => void) {
    this.#target = target;
    this.#current = current;
    this.#onRun = onRun;
  }

  begin(settings: Settings, plan: RunPlan): void {
    this.results = {
      settings,
      labels: new Map(plan.arms.map((arm) => [arm.id, arm.label ?? arm.id])),
      armIds: plan.arms.map((arm) => arm.id),
      runs: [],
      testExamples: plan.arms[0]?.dataset.test.xs.length ?? 0,
    };
  }

  readonly listener: RunListener = {
    onRunStart: (run, totalRuns) => {
      this.#current.textContent = `Run ${run.index + 1} of ${totalRuns}: ${labelOf(this.results, run.arm)}, seed ${run.seed}.`;
    },
    onRunEnd: (run) => {
      this.results?.runs.push(run);
      this.#onRun(run);
    },
  };

  /** Clears the current-run line (at the end of a Train, however it ended). */
  clearCurrent(): void {
    this.#current.textContent = '';
  }

  figure(): Figure {
    const target = this.#target;
    const results = this.results;
    const summary = results ? labelledSummaries(results).find((entry) => entry.armId === target.id) : undefined;
    if (!results || !summary || summary.mean === null) {
      const first = results?.runs.find((run) => run.status === 'diverged');
      return { kind: 'diverged', epoch: first?.epochs ?? 0, reason: target.divergedReason };
    }
    return { kind: 'done', value: summary.mean, format: (value) => `${percent(value)} ${target.resultSuffix}` };
  }
}
