/**
 * Caps how often a widget redraws: training can report hundreds of epochs a second, the eye needs
 * far fewer. Requests between frames collapse into one paint; with prefers-reduced-motion the cap
 * drops further so charts step rather than animate.
 */

/**
 * The one rate: a repaint draws one part (a chart, a map, a readout), so this is also the number of
 * chart renders a second a training widget may cost. Eight keeps maps and curves moving while
 * leaving nearly all of the main thread to training.
 */
export const MAX_REPAINTS_PER_SECOND = 8;
export const REDUCED_MOTION_REPAINTS_PER_SECOND = 2;
/**
 * Frames start on a fixed beat (16.7 ms at 60 Hz), so "33.3 ms since the last paint" lands a hair
 * either side of two frames; without slack half the paints slip to the third frame and 30/s becomes 20/s.
 */
const FRAME_SLACK_MS = 4;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface RepaintScheduler {
  /** Ask for a paint; it happens on a later animation frame, at most at the capped rate. */
  request(): void;
  /** Paint now (e.g. at the end of a run, so the final numbers always show). */
  flush(): void;
  cancel(): void;
}

export function createRepaintScheduler(
  paint: () => void,
  options: { maxPerSecond?: number; reducedMotionPerSecond?: number; capped?: () => boolean } = {},
): RepaintScheduler {
  const maxPerSecond = options.maxPerSecond ?? MAX_REPAINTS_PER_SECOND;
  const reducedPerSecond = options.reducedMotionPerSecond ?? REDUCED_MOTION_REPAINTS_PER_SECOND;
  const capped = options.capped ?? (() => true);
  let frame: number | undefined;
  let lastPaint = -Infinity;

  /** With reduced motion always the reduced rate; otherwise the cap, or the next frame when uncapped (the reader's own edits while nothing trains). */
  const minInterval = (): number => {
    if (prefersReducedMotion()) return 1000 / reducedPerSecond;
    return capped() ? 1000 / maxPerSecond : 0;
  };

  const onFrame = (now: number) => {
    if (now - lastPaint < minInterval() - FRAME_SLACK_MS) {
      frame = requestAnimationFrame(onFrame);
      return;
    }
    frame = undefined;
    lastPaint = now;
    paint();
  };

  return {
    request() {
      if (frame === undefined) frame = requestAnimationFrame(onFrame);
    },
    flush() {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = undefined;
      lastPaint = performance.now();
      paint();
    },
    cancel() {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = undefined;
    },
  };
}
