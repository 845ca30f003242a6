/**
 * When a training slice hands the thread back. The loop trains in slices of about `sliceBudgetMs`
 * and yields between them; inside an epoch of mini-batches the engine asks after every step whether
 * to pause. The answer comes from the measured cost of the step just taken: pause when one more step
 * like it would carry the slice past its budget. So a slice overruns its budget only by a step that
 * alone costs more than the budget, however big the network or the epoch (issue 18: no task over
 * 50 ms while a demo trains, with the default 12 ms budget leaving room for the page's own work).
 */

/** True when one more step costing `lastStepMs` would take a slice that has spent `spentMs` past `budgetMs`. */
export function wouldOverrun(spentMs: number, lastStepMs: number, budgetMs: number): boolean {
  return spentMs + lastStepMs > budgetMs;
}

export interface SliceClock {
  /** A slice starts now. */
  begin(): void;
  /** A run of steps starts now (the next step is timed from here). */
  mark(): void;
  /** Called after each step: true when the slice should pause before the next one. */
  stepDone(): boolean;
  /** Milliseconds since begin(). */
  spent(): number;
}

export function createSliceClock(budgetMs: number, now: () => number = () => performance.now()): SliceClock {
  let sliceStart = now();
  let lastMark = sliceStart;
  return {
    begin() {
      sliceStart = now();
      lastMark = sliceStart;
    },
    mark() {
      lastMark = now();
    },
    stepDone() {
      const at = now();
      const stepMs = at - lastMark;
      lastMark = at;
      return wouldOverrun(at - sliceStart, stepMs, budgetMs);
    },
    spent: () => now() - sliceStart,
  };
}
