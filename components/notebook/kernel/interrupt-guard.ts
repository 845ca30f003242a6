/**
 * The runtime half of the runaway protection (the other half, transform/loop-guard.ts, puts a call
 * to `check` in every loop and function body). `check` measures how long JavaScript has run since
 * the kernel last had a turn of its event loop: the first check in a stretch notes the time and
 * posts a message to itself; the message can only be delivered once the running code yields, and
 * delivering it ends the stretch. A stretch longer than the limit looks stuck, so `check` throws an
 * InterruptError, which unwinds the code. Awaiting a timer, a frame or a training slice yields, so
 * long but well-behaved async cells are never interrupted.
 *
 * The Interrupt button's message cannot reach code that never yields, so during a long stretch
 * `check` also asks `interruptRequested` (at most every POLL_INTERVAL_MS), a synchronous question
 * the kernel worker answers from the page's interrupt signal (interrupt-signal.ts).
 */
export const RUNAWAY_LIMIT_MS = 3_500;
/** How often, during one stretch, `check` asks whether the reader pressed Interrupt. */
export const POLL_INTERVAL_MS = 100;

export class InterruptError extends Error {
  override name = 'InterruptError';
}

export function runawayMessage(limitMs: number): string {
  return (
    `Interrupted: the code ran for ${(limitMs / 1000).toFixed(1)} s without pausing, so it looks stuck in a loop. ` +
    'The kernel keeps its variables. If the work is meant to take this long, ' +
    'let it pause inside the loop, for example with `await tf.nextFrame()` every few steps.'
  );
}

export interface InterruptGuard {
  /** Called by transformed code; throws InterruptError when the code must stop. */
  readonly check: () => void;
  /** Stops the running code at its next check, until `clearInterrupt`. */
  interrupt(message: string): void;
  clearInterrupt(): void;
}

export interface InterruptGuardOptions {
  limitMs?: number;
  now?: () => number;
  /** Asked synchronously during long stretches: has the reader pressed Interrupt? */
  interruptRequested?: () => boolean;
  /** The message for an interrupt that `interruptRequested` reported. */
  requestedMessage?: string;
}

interface TurnSignal {
  post(): void;
}

function turnSignal(onTurn: () => void): TurnSignal {
  const channel = new MessageChannel();
  channel.port1.onmessage = onTurn;
  // In Node (unit tests) an open port would keep the process alive.
  (channel.port1 as MessagePort & { unref?: () => void }).unref?.();
  return { post: () => channel.port2.postMessage(0) };
}

const NOT_ARMED = -1;

export function createInterruptGuard(options: InterruptGuardOptions = {}): InterruptGuard {
  const limitMs = options.limitMs ?? RUNAWAY_LIMIT_MS;
  const now = options.now ?? (() => performance.now());
  const interruptRequested = options.interruptRequested ?? (() => false);
  let stretchStart = NOT_ARMED;
  let lastPoll = 0;
  let interruptMessage: string | null = null;
  const turns = turnSignal(() => {
    stretchStart = NOT_ARMED;
  });

  const check = (): void => {
    if (interruptMessage !== null) throw new InterruptError(interruptMessage);
    if (stretchStart === NOT_ARMED) {
      stretchStart = now();
      lastPoll = stretchStart;
      turns.post();
      return;
    }
    const time = now();
    if (time - stretchStart > limitMs) throw new InterruptError(runawayMessage(limitMs));
    if (time - lastPoll > POLL_INTERVAL_MS) {
      // Deep in a runaway recursion the question itself may overflow the stack; then it is asked
      // again at the next check, which comes soon and often from a shallower frame.
      if (interruptRequested()) {
        interruptMessage = options.requestedMessage ?? 'Interrupted.';
        throw new InterruptError(interruptMessage);
      }
      lastPoll = time;
    }
  };

  return {
    check,
    interrupt: (message) => {
      interruptMessage = message;
    },
    clearInterrupt: () => {
      interruptMessage = null;
    },
  };
}
