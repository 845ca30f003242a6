/**
 * Progress over a grid whose runs may go on several at once: runs done of the total, the fraction
 * of all epochs done, and an estimate of the time left from the pace so far.
 */
import type { GridCell } from './definition.ts';

export interface GridPace {
  runsDone: number;
  totalRuns: number;
  /** Fraction of the grid's epochs done, 0..1. */
  overall: number;
  /** Estimated milliseconds left; null until there is a pace to go by. */
  remainingMs: number | null;
}

/** No estimate before this fraction of the grid is done (the first epochs include warming up). */
const MIN_FRACTION_FOR_ESTIMATE = 0.05;

export interface GridTracker {
  progress(cell: GridCell, epoch: number, totalEpochs: number): void;
  done(cell: GridCell): void;
  pace(now?: number): GridPace;
}

export function trackGrid(totalRuns: number, startedAt = performance.now()): GridTracker {
  const running = new Map<number, number>();
  let runsDone = 0;
  return {
    progress: (cell, epoch, totalEpochs) => void running.set(cell.index, totalEpochs > 0 ? Math.min(1, epoch / totalEpochs) : 0),
    done: (cell) => {
      running.delete(cell.index);
      runsDone++;
    },
    pace: (now = performance.now()) => {
      const partial = [...running.values()].reduce((sum, fraction) => sum + fraction, 0);
      const overall = totalRuns === 0 ? 1 : Math.min(1, (runsDone + partial) / totalRuns);
      const elapsed = now - startedAt;
      const remainingMs = overall >= MIN_FRACTION_FOR_ESTIMATE && overall < 1 ? (elapsed * (1 - overall)) / overall : overall >= 1 ? 0 : null;
      return { runsDone, totalRuns, overall, remainingMs };
    },
  };
}

/** "about 35 s left", "about 2 min left" */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 90) return `about ${seconds} s left`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `about ${minutes} min left` : `about ${(minutes / 60).toFixed(1)} h left`;
}

/** "12 of 40 runs done · about 35 s left" */
export function describePace({ runsDone, totalRuns, remainingMs }: GridPace): string {
  const runs = `${runsDone} of ${totalRuns} run${totalRuns === 1 ? '' : 's'} done`;
  return remainingMs === null || runsDone === totalRuns ? runs : `${runs} · ${formatRemaining(remainingMs)}`;
}
