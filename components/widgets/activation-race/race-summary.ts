/**
 * The race's results as plain data and words: each run's row in the table, the best
 * accuracy (the demo's figure), and a sentence that sums the race up. No DOM, so it is unit-tested.
 */
import { hasFinished, type ArmState } from '../../ui/comparison/arm-state';
import type { Figure } from '../../ui/demo-run/demo-run';

/** One decimal, rounded down, always shown ("95.0%"): the race's table lines up its percentages. */
export function formatPercent(fraction: number | undefined): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${(Math.floor(fraction * 1000) / 10).toFixed(1)}%`;
}

export function formatSeconds(ms: number | undefined): string {
  return ms === undefined || !Number.isFinite(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`;
}

function resultText({ phase, epoch, totalEpochs }: ArmState, target: number): string {
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
export function resultRow(racer: ArmState, target: number): string[] {
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

/** The race's figure: the best test accuracy of the finished runs; diverged only when every run did. */
export function raceFigure(racers: readonly ArmState[]): Figure {
  const finished = racers.filter((racer) => hasFinished(racer) && Number.isFinite(racer.testAccuracy));
  if (finished.length > 0) return { kind: 'done', value: Math.max(...finished.map((racer) => racer.testAccuracy!)) };
  const first = racers.find((racer) => racer.phase === 'diverged');
  if (!first) return { kind: 'error', message: 'the race ended without a finished run.' };
  return { kind: 'diverged', epoch: first.epoch, reason: `every run diverged (${first.label} first, at epoch ${first.epoch})` };
}

/** One or two sentences on who got to the target and who did not. */
export function describeRace(racers: readonly ArmState[], target: number): string {
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
