/**
 * A widget's charts as named parts behind one repaint cap: while training, changed parts are drawn one
 * per animation frame at most maxPerSecond times a second; at the start and end of a run they are
 * drawn one per task; a theme change or a new width of the watched element redraws every part.
 */
import { onThemeChange } from './chart-palette';
import { createPaintQueue } from './paint-queue';
import { createRepaintScheduler } from './repaint';

export interface PartPainter {
  mark(...parts: readonly string[]): void;
  markAll(): void;
  /** Asks for a capped repaint of the marked parts. */
  request(): void;
  /** Draws the marked parts now, one task each, with no capped repaint left pending. */
  paintMarked(): Promise<void>;
  /** Marks every part, then paintMarked(). */
  paintAll(): Promise<void>;
}

export interface PartPainterOptions {
  /** The current parts, first drawn first. */
  order(): readonly string[];
  draw(part: string): void;
  /** Its width changing redraws every part. */
  watch: HTMLElement;
  maxPerSecond?: number;
}

export function createPartPainter(options: PartPainterOptions): PartPainter {
  const queue = createPaintQueue(options.order, options.draw);
  const repaint = createRepaintScheduler(() => queue.run(), { maxPerSecond: options.maxPerSecond });
  const markAll = (): void => queue.mark(...options.order());
  const paintMarked = async (): Promise<void> => {
    repaint.cancel();
    await queue.drain();
  };
  onThemeChange(() => {
    markAll();
    void queue.drain();
  });
  new ResizeObserver(() => {
    markAll();
    repaint.request();
  }).observe(options.watch);
  return {
    mark: (...parts) => queue.mark(...parts),
    markAll,
    request: () => repaint.request(),
    paintMarked,
    async paintAll() {
      markAll();
      await paintMarked();
    },
  };
}
