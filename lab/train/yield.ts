/**
 * Gives the event loop a turn (a macrotask, so rendering, input and every other queued task can run)
 * without setTimeout's 4 ms clamp: a MessageChannel message, else setTimeout(0).
 * Works in pages, workers and Node.
 *
 * Not scheduler.yield(): Chromium runs its continuations ahead of every other task of the same
 * priority, so a loop that yields with it starves timers, IndexedDB callbacks, network responses
 * and DevTools-protocol commands for as long as it trains (measured: a Playwright evaluate waited
 * 12 s behind a 60 s grid). A message is queued behind the tasks already waiting.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
