/**
 * The race's results as plain data and words: each run's row in the table, the best accuracy (the
 * demo's value), how the race ended and a sentence that sums it up. No DOM, so it is unit-tested.
 */
import type { ArmRun } from '../../../lab/index';

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

export interface ResultRow {
  activation: string;
  accuracy: string;
  loss: string;
  epochs: string;
  time: string;
  result: string;
}

export type RaceOutcome =
  | { kind: 'done'; best: number; winner: RacerState }
  | { kind: 'diverged'; racer: RacerState }
  | { kind: 'stopped' };

export function formatPercent(fraction: number | undefined): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${(Math.floor(fraction * 1000) / 10).toFixed(1)}%`;
}

export function formatSeconds(ms: number | undefined): string {
  return ms === undefined || !Number.isFinite(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`;
}

/** The racer's state once lab's run orchestrator has recorded its run. */
export function settle(racer: RacerState, run: Pick<ArmRun, 'status' | 'epochs' | 'metrics' | 'timings'>): RacerState {
  const phase: RacerPhase = {
    'target-reached': 'reached',
    done: 'finished',
    diverged: 'diverged',
    error: 'diverged',
    stopped: 'stopped',
  }[run.status] as RacerPhase;
  return {
    ...racer,
    phase,
    epoch: run.epochs,
    elapsedMs: run.timings.elapsedMs,
    loss: run.metrics.loss,
    ...(run.metrics.testAccuracy !== undefined ? { testAccuracy: run.metrics.testAccuracy } : {}),
    ...(run.metrics.testLoss !== undefined ? { testLoss: run.metrics.testLoss } : {}),
  };
}

function resultText(racer: RacerState, target: number): string {
  switch (racer.phase) {
    case 'waiting':
      return 'waiting';
    case 'running':
      return `training, epoch ${racer.epoch} of ${racer.totalEpochs}`;
    case 'reached':
      return `reached ${formatPercent(target)} at epoch ${racer.epoch}`;
    case 'finished':
      return `below ${formatPercent(target)} after all ${racer.totalEpochs} epochs`;
    case 'diverged':
      return `diverged at epoch ${racer.epoch}`;
    case 'stopped':
      return `stopped at epoch ${racer.epoch}`;
    case 'skipped':
      return 'not run (race stopped)';
  }
}

export function resultRow(racer: RacerState, target: number): ResultRow {
  const started = racer.phase !== 'waiting' && racer.phase !== 'skipped';
  return {
    activation: racer.label,
    accuracy: started ? formatPercent(racer.testAccuracy) : '—',
    loss: started && racer.testLoss !== undefined && Number.isFinite(racer.testLoss) ? racer.testLoss.toFixed(3) : '—',
    epochs: started ? String(racer.epoch) : '—',
    time: formatSeconds(racer.elapsedMs),
    result: resultText(racer, target),
  };
}

/** How the race ended: done with the best test accuracy, diverged when every run did, or stopped. */
export function raceOutcome(racers: readonly RacerState[]): RaceOutcome {
  if (racers.some((racer) => racer.phase === 'stopped' || racer.phase === 'skipped')) return { kind: 'stopped' };
  const finished = racers.filter((racer) => (racer.phase === 'reached' || racer.phase === 'finished') && Number.isFinite(racer.testAccuracy));
  if (finished.length === 0) {
    const racer = racers.find((candidate) => candidate.phase === 'diverged');
    return racer ? { kind: 'diverged', racer } : { kind: 'stopped' };
  }
  const winner = finished.reduce((best, racer) => {
    if (racer.testAccuracy! !== best.testAccuracy!) return racer.testAccuracy! > best.testAccuracy! ? racer : best;
    return racer.epoch < best.epoch ? racer : best;
  });
  return { kind: 'done', best: winner.testAccuracy!, winner };
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
