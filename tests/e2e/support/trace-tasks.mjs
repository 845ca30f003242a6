// Main-thread tasks in a Chrome trace (Playwright's browser.startTracing with the 'toplevel' category):
// each task's CPU time is RunTask's thread duration. On a shared machine a task can span 50 ms of wall
// clock only because the renderer waited for a CPU; its CPU time tells the two apart. Used by the
// end-to-end tests and by the benchmark (bench/lib/cold-start.mjs).

/** The categories to trace for mainThreadTaskCpuMs. */
export const TASK_TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline'];

/**
 * CPU milliseconds of every task on the page's main thread (CrRendererMain), in trace order.
 * @param {Buffer | string} trace
 * @returns {number[]}
 */
export function mainThreadTaskCpuMs(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) return [];
  return events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.name === 'RunTask')
    .map((event) => (event.tdur ?? 0) / 1000);
}
