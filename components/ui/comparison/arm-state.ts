/**
 * One arm of a comparison as the reader follows it: waiting, training, then settled from lab's run
 * record, with its latest numbers, its loss so far and its latest decision grid, and the caption its
 * map shows. Plain data and words, no DOM, so it is unit-tested; the arms board keeps one per arm.
 */
import type { ArmRun, EpochMetrics, GridPrediction } from '../../../lab/index';
import { formatPercent } from '../text/number-format';

export type ArmPhase = 'waiting' | 'running' | 'reached' | 'finished' | 'diverged' | 'stopped' | 'skipped';

export interface ArmState {
  id: string;
  label: string;
  phase: ArmPhase;
  epoch: number;
  totalEpochs: number;
  loss?: number;
  testAccuracy?: number;
  testLoss?: number;
  elapsedMs?: number;
  /** Training loss by epoch as reported; the record's whole history once the run ended. */
  history: Pick<EpochMetrics, 'epoch' | 'loss'>[];
  /** The latest decision grid: the probe's while training, the record's at the end. */
  grid?: GridPrediction;
  /** Lab's record of the ended run (its other probes, e.g. a fitted line). */
  record?: ArmRun;
}

const PHASE_OF_STATUS: Readonly<Record<ArmRun['status'], ArmPhase>> = {
  'target-reached': 'reached', done: 'finished', diverged: 'diverged', error: 'diverged', stopped: 'stopped',
};

/** When the runs end: a run still training was stopped, and the ones after it never ran. */
const UNFINISHED: Partial<Record<ArmPhase, ArmPhase>> = { waiting: 'skipped', running: 'stopped' };

export function waitingArm(id: string, label: string, totalEpochs: number): ArmState {
  return { id, label, phase: 'waiting', epoch: 0, totalEpochs, history: [] };
}

/** The arm with the numbers of a progress report or a record (a test metric not measured keeps its last value). */
export function withNumbers(arm: ArmState, { epoch, loss, testAccuracy, testLoss }: EpochMetrics): ArmState {
  return { ...arm, epoch, loss, ...(testAccuracy !== undefined ? { testAccuracy } : {}), ...(testLoss !== undefined ? { testLoss } : {}) };
}

/** The arm once lab's run orchestrator has recorded its run. */
export function settle(arm: ArmState, record: ArmRun): ArmState {
  const settled = withNumbers(arm, { ...record.metrics, epoch: record.epochs });
  const grid = record.probes['decision-grid'] ?? arm.grid;
  const history = record.history.map(({ epoch, loss }) => ({ epoch, loss }));
  return { ...settled, phase: PHASE_OF_STATUS[record.status], elapsedMs: record.timings.elapsedMs, history, record, ...(grid ? { grid } : {}) };
}

export function finishArms(arms: readonly ArmState[]): ArmState[] {
  return arms.map((arm) => ({ ...arm, phase: UNFINISHED[arm.phase] ?? arm.phase }));
}

/** True once the arm's run ended, however it ended (a map is then final). */
export function hasEnded({ phase }: ArmState): boolean {
  return phase !== 'waiting' && phase !== 'running' && phase !== 'skipped';
}

/** True when the arm trained all its epochs or up to its target. */
export function hasFinished({ phase }: ArmState): boolean {
  return phase === 'reached' || phase === 'finished';
}

/** The caption under an arm's map; `percent` writes its test accuracy. */
export function armCaption({ label, phase, epoch, testAccuracy }: ArmState, percent = formatPercent): string {
  const accuracy = testAccuracy === undefined ? '' : `, test accuracy ${percent(testAccuracy)}`;
  if (phase === 'waiting' || phase === 'skipped') return `${label}: not trained yet.`;
  if (phase === 'running') return `${label}: epoch ${epoch}${accuracy}.`;
  return phase === 'diverged' ? `${label}: diverged at epoch ${epoch}.` : `${label} after ${epoch} epochs${accuracy}.`;
}
