/**
 * The runtime half of the runaway protection (the other half, transform/loop-guard.ts, puts a call
 * to `check` in every loop and function body). `check` measures how long JavaScript has run since
 * the page last had a turn of its event loop: the first check in a stretch notes the time and posts
 * a message to itself; the message can only be delivered once the running code yields, and
 * delivering it ends the stretch. A stretch longer than the limit means the page is frozen, so
 * `check` throws an InterruptError, which unwinds the stuck code. Awaiting a timer, a frame or a
 * training slice yields, so long but well-behaved async cells are never interrupted.
 */
export const RUNAWAY_LIMIT_MS = 3_500;

export class InterruptError extends Error {
  override name = 'InterruptError';
}

export function runawayMessage(limitMs: number): string {
  return (
    `Interrupted: the code ran for ${(limitMs / 1000).toFixed(1)} s without letting the page respond, ` +
    'so it looks stuck in a loop. The page is responsive again. If the work is meant to take this long, ' +
    'let the page breathe inside the loop, for example with `await tf.nextFrame()` every few steps.'
  );
}

export interface InterruptGuard {
  /** Called by transformed code; throws InterruptError when the code must stop. */
  readonly check: () => void;
  /** Stops the running code at its next check, until `clearInterrupt`. */
  interrupt(message: string): void;
  clearInterrupt(): void;
  /** Stops all code compiled against this guard from now on (used by Restart). */
  retire(message: string): void;
}

export interface InterruptGuardOptions {
  limitMs?: number;
  now?: () => number;
}

interface TurnSignal {
  post(): void;
  close(): void;
}

function turnSignal(onTurn: () => void): TurnSignal {
  const channel = new MessageChannel();
  channel.port1.onmessage = onTurn;
  // In Node (unit tests) an open port would keep the process alive.
  (channel.port1 as MessagePort & { unref?: () => void }).unref?.();
  return {
    post: () => channel.port2.postMessage(0),
    close: () => {
      channel.port1.close();
      channel.port2.close();
    },
  };
}

const NOT_ARMED = -1;

export function createInterruptGuard(options: InterruptGuardOptions = {}): InterruptGuard {
  const limitMs = options.limitMs ?? RUNAWAY_LIMIT_MS;
  const now = options.now ?? (() => performance.now());
  let stretchStart = NOT_ARMED;
  let interruptMessage: string | null = null;
  let retiredMessage: string | null = null;
  const turns = turnSignal(() => {
    stretchStart = NOT_ARMED;
  });

  const check = (): void => {
    if (retiredMessage !== null) throw new InterruptError(retiredMessage);
    if (interruptMessage !== null) throw new InterruptError(interruptMessage);
    if (stretchStart === NOT_ARMED) {
      stretchStart = now();
      turns.post();
    } else if (now() - stretchStart > limitMs) {
      throw new InterruptError(runawayMessage(limitMs));
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
    retire: (message) => {
      retiredMessage = message;
      turns.close();
    },
  };
}
