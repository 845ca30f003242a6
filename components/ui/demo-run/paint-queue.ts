/**
 * Draws a widget's charts one at a time: a widget with several charts marks the parts that changed,
 * and the queue draws them one per animation frame (run) or one per task (drain), so no single task
 * builds every chart at once. Parts are named by the widget; order() lists the current ones, first
 * drawn first. Use it behind a RepaintScheduler (paint = () => queue.run()) to keep the rate capped.
 */
import { yieldToEventLoop } from '../../../lab/index';

export interface PaintQueue {
  /** Marks parts as changed; the next run() or drain() draws them. */
  mark(...parts: readonly string[]): void;
  /** Unmarks every part and returns the ones that were marked, in drawing order. */
  take(): string[];
  /** Draws the first changed part now and the others on the following animation frames. */
  run(): void;
  /** Draws every changed part, one task each, none in the caller's task (e.g. at the end of a run); resolves when all are drawn. */
  drain(): Promise<void>;
  cancel(): void;
}

export function createPaintQueue(order: () => readonly string[], draw: (part: string) => void): PaintQueue {
  const changed = new Set<string>();
  let frame: number | undefined;

  const nextPart = (): string | undefined => order().find((part) => changed.has(part));
  /** Draws the next changed part; true when more are waiting. */
  const drawNext = (): boolean => {
    const part = nextPart();
    if (part === undefined) {
      changed.clear();
      return false;
    }
    changed.delete(part);
    draw(part);
    return nextPart() !== undefined;
  };
  const onFrame = (): void => {
    frame = undefined;
    if (drawNext()) frame = requestAnimationFrame(onFrame);
  };
  const cancel = (): void => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
  };

  return {
    mark(...parts) {
      for (const part of parts) changed.add(part);
    },
    take() {
      const taken = order().filter((part) => changed.has(part));
      changed.clear();
      return taken;
    },
    run() {
      if (frame === undefined && drawNext()) frame = requestAnimationFrame(onFrame);
    },
    async drain() {
      cancel();
      // The first part waits for a task of its own too: the caller's task (a Train click, which on a
      // fresh page also evaluated and mounted the widget) has done work already, and a chart's first
      // draw runs code V8 compiles only then (the neuron's decision map: about 35 ms of CPU).
      while (nextPart() !== undefined) {
        await yieldToEventLoop();
        drawNext();
      }
    },
    cancel,
  };
}
