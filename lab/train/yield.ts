/**
 * Gives the event loop a turn (a macrotask, so rendering and input can run) without setTimeout's
 * 4 ms clamp: scheduler.yield() where it exists, else a MessageChannel message, else setTimeout(0).
 * Works in pages, workers and Node.
 */
interface SchedulerWithYield {
  yield(): Promise<void>;
}

export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
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
