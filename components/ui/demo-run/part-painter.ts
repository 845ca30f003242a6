/**
 * The one repaint policy: a widget's charts are named parts, and changed parts are drawn one per
 * animation frame, at most MAX_REPAINTS_PER_SECOND times a second while training (repaint.ts; a demo
 * whose pacing is what it measures, the benchmark's reference demo, sets its own rate; fewer
 * with prefers-reduced-motion) and on the next frame when nothing trains (the reader's own edits); at
 * the start and end of a run they are drawn one per task. At the start only the parts the run resets
 * are drawn before it trains: a part marked earlier and not drawn yet (a widget mounted by the Train
 * click itself marks all of them) waits for the run's first repaint and goes before the others, so
 * the first epoch does not wait on charts the run does not change (issue 18's cold start). A theme change
 * or a new width of a watched element redraws every part. Widths come from the one resize API
 * (width-watch.ts), measured when the observer reports, so a paint never forces a layout to read one.
 */
import { onThemeChange } from '../charts/chart-palette';
import { createPaintQueue } from './paint-queue';
import { createRepaintScheduler } from './repaint';
import { watchWidths } from './width-watch';

export interface PartPainter {
  mark(...parts: readonly string[]): void;
  markAll(): void;
  /** Asks for a capped repaint of the marked parts. */
  request(): void;
  /** mark() then request(). */
  redraw(...parts: readonly string[]): void;
  /** Draws the marked parts now, one task each, with no capped repaint left pending. */
  paintMarked(): Promise<void>;
  /**
   * A run's start: draws now, one task each, only the parts `markStart` marks; parts marked before
   * it stay marked, drawn first by the next repaint the run asks for.
   */
  paintStart(markStart: () => void): Promise<void>;
  /** Marks every part, then paintMarked(). */
  paintAll(): Promise<void>;
  /** An element's width as last measured. */
  width(element: HTMLElement): number;
  /** While true, repaints keep to the capped rate. */
  training: boolean;
}

export interface PartPainterOptions {
  /** The current parts, first drawn first. */
  order(): readonly string[];
  draw(part: string): void;
  /** Their widths changing redraws every part. */
  watch: readonly HTMLElement[];
  /** The demo's own cap while training (default MAX_REPAINTS_PER_SECOND); reduced motion still caps lower. */
  maxPerSecond?: number;
}

export function createPartPainter(options: PartPainterOptions): PartPainter {
  /** Parts left undrawn at a run's start: the next repaints draw them before any other. */
  const overdue = new Set<string>();
  const order = (): readonly string[] => {
    const parts = options.order();
    return overdue.size === 0 ? parts : [...parts.filter((part) => overdue.has(part)), ...parts.filter((part) => !overdue.has(part))];
  };
  const queue = createPaintQueue(order, (part) => {
    overdue.delete(part);
    options.draw(part);
  });
  const state = { training: false };
  const repaint = createRepaintScheduler(() => queue.run(), { capped: () => state.training, ...(options.maxPerSecond ? { maxPerSecond: options.maxPerSecond } : {}) });
  const markAll = (): void => queue.mark(...options.order());
  const paintMarked = async (): Promise<void> => {
    repaint.cancel();
    await queue.drain();
  };
  onThemeChange(() => {
    markAll();
    void queue.drain();
  });
  const widths = watchWidths(options.watch, () => {
    markAll();
    repaint.request();
  });
  return {
    get training() {
      return state.training;
    },
    set training(on: boolean) {
      state.training = on;
    },
    mark: (...parts) => queue.mark(...parts),
    markAll,
    request: () => repaint.request(),
    redraw: (...parts) => {
      queue.mark(...parts);
      repaint.request();
    },
    paintMarked,
    async paintStart(markStart) {
      const waiting = queue.take();
      for (const part of waiting) overdue.add(part);
      markStart();
      await paintMarked();
      // Still overdue: not marked by the start, so not drawn yet. Marked again, for the run's first repaint.
      queue.mark(...waiting.filter((part) => overdue.has(part)));
    },
    async paintAll() {
      markAll();
      await paintMarked();
    },
    width: (element) => widths.width(element),
  };
}
