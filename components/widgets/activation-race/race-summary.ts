/**
 * The race's results as plain data and words: each run's row in the table and caption, the best
 * accuracy (the demo's figure), and a sentence that sums the race up. No DOM, so it is unit-tested.
 */
import type { ArmRun, EpochMetrics } from '../../../lab/index';
import type { Figure } from '../../ui/demo-run/demo-run';

export type RacerPhase = 'waiting' | 'running' | 'reached' | 'finished' | 'diverged' | 'stopped' | 'skipped';

export interface RacerState {
  id: string;
  label: string;
  phase: RacerPhase;
  epoch: number;
  totalEpochs: number;
  testAccuracy?: number;
  testLoss?: number;
  loss?: number;
  elapsedMs?: number;
}

/** One decimal, rounded down, always shown ("95.0%"): the race's table lines up its percentages. */
export function formatPercent(fraction: number | undefined): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${(Math.floor(fraction * 1000) / 10).toFixed(1)}%`;
}

export function formatSeconds(ms: number | undefined): string {
  return ms === undefined || !Number.isFinite(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`;
}

const PHASE_OF_STATUS: Readonly<Record<ArmRun['status'], RacerPhase>> = {
  'target-reached': 'reached', done: 'finished', diverged: 'diverged', error: 'diverged', stopped: 'stopped',
};

/** The racer with the numbers of a progress report or a finished run (a test metric not measured keeps its last value). */
export function withNumbers(racer: RacerState, { epoch, loss, testAccuracy, testLoss }: EpochMetrics): RacerState {
  return { ...racer, epoch, loss, ...(testAccuracy !== undefined ? { testAccuracy } : {}), ...(testLoss !== undefined ? { testLoss } : {}) };
}

/** The racer's state once lab's run orchestrator has recorded its run. */
export function settle(racer: RacerState, run: Pick<ArmRun, 'status' | 'epochs' | 'metrics' | 'timings'>): RacerState {
  const settled = withNumbers(racer, { ...run.metrics, epoch: run.epochs });
  return { ...settled, phase: PHASE_OF_STATUS[run.status], elapsedMs: run.timings.elapsedMs };
}

function resultText({ phase, epoch, totalEpochs }: RacerState, target: number): string {
  return {
    waiting: 'waiting',
    running: `training, epoch ${epoch} of ${totalEpochs}`,
    reached: `reached ${formatPercent(target)} at epoch ${epoch}`,
    finished: `below ${formatPercent(target)} after all ${totalEpochs} epochs`,
    diverged: `diverged at epoch ${epoch}`,
    stopped: `stopped at epoch ${epoch}`,
    skipped: 'not run (race stopped)',
  }[phase];
}

/** The racer's cells in the table: activation, test accuracy, test loss, epochs, time, result. */
export function resultRow(racer: RacerState, target: number): string[] {
  const started = racer.phase !== 'waiting' && racer.phase !== 'skipped';
  const { testLoss } = racer;
  return [
    racer.label,
    started ? formatPercent(racer.testAccuracy) : '—',
    started && testLoss !== undefined && Number.isFinite(testLoss) ? testLoss.toFixed(3) : '—',
    started ? String(racer.epoch) : '—',
    formatSeconds(racer.elapsedMs),
    resultText(racer, target),
  ];
}

/** The caption under the racer's decision map. */
export function mapCaption({ label, phase, epoch, testAccuracy }: RacerState): string {
  const accuracy = testAccuracy === undefined ? '' : `, test accuracy ${formatPercent(testAccuracy)}`;
  if (phase === 'waiting' || phase === 'skipped') return `${label}: not trained yet.`;
  return phase === 'running' ? `${label}: epoch ${epoch}${accuracy}.` : `${label} after ${epoch} epochs${accuracy}.`;
}

/** The race's figure: the best test accuracy of the finished runs; diverged only when every run did. */
export function raceFigure(racers: readonly RacerState[]): Figure {
  const finished = racers.filter((racer) => (racer.phase === 'reached' || racer.phase === 'finished') && Number.isFinite(racer.testAccuracy));
  if (finished.length > 0) return { kind: 'done', value: Math.max(...finished.map((racer) => racer.testAccuracy!)) };
  const first = racers.find((racer) => racer.phase === 'diverged');
  if (!first) return { kind: 'error', message: 'the race ended without a finished run.' };
  return { kind: 'diverged', epoch: first.epoch, reason: `every run diverged (${first.label} first, at epoch ${first.epoch})` };
}

/** One or two sentences on who got to the target and who did not. */
export function describeRace(racers: readonly RacerState[], target: number): string {
  const reached = racers.filter((racer) => racer.phase === 'reached').sort((a, b) => a.epoch - b.epoch);
  const missed = racers.filter((racer) => racer.phase === 'finished');
  const diverged = racers.filter((racer) => racer.phase === 'diverged');
  const parts: string[] = [];
  if (reached.length > 0) {
    const list = reached.map((racer) => `${racer.label} (epoch ${racer.epoch}, ${formatSeconds(racer.elapsedMs)})`).join(', ');
    parts.push(`Reached ${formatPercent(target)} test accuracy, fastest first: ${list}.`);
  } else {
    parts.push(`No activation reached ${formatPercent(target)} test accuracy.`);
  }
  if (missed.length > 0) {
    parts.push(`Not there after ${missed[0]!.totalEpochs} epochs: ${missed.map((racer) => `${racer.label} (${formatPercent(racer.testAccuracy)})`).join(', ')}.`);
  }
  if (diverged.length > 0) parts.push(`Diverged: ${diverged.map((racer) => `${racer.label} at epoch ${racer.epoch}`).join(', ')}.`);
  return parts.join(' ');
}
