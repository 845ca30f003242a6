// Main-thread tasks in a Chrome trace (Playwright's browser.startTracing with TASK_TRACE_CATEGORIES):
// each task's CPU time is RunTask's thread duration. On a shared machine a task can span 50 ms of wall
// clock only because the renderer waited for a CPU; its CPU time tells the two apart. Used by the
// end-to-end tests and by the benchmark (bench/lib/cold-start.mjs, bench/lib/page-load.mjs).

/** The categories to trace for the readers below ('loading' carries first contentful paint, 'devtools.timeline' the work inside tasks). */
export const TASK_TRACE_CATEGORIES = ['toplevel', 'loading', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Scheduler events that only wrap a task (same span), not work of their own. */
const WRAPPERS = /RunTask|ThreadController|SequenceManager|TaskQueue/;

/**
 * Every task on a renderer's main thread (CrRendererMain): start (trace µs), CPU and wall ms, and the
 * longest piece of work traced inside it (e.g. Layout, UpdateLayoutTree, FunctionCall) with its wall ms.
 * With a page whose first contentful paint is in the trace, that page's renderer; else the first.
 * @param {Buffer | string} trace
 * @returns {{ tasks: { ts: number, cpuMs: number, wallMs: number, inside: string }[], firstContentfulPaintTs: number | null }}
 */
export function mainThreadTasks(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && (!paint || event.pid === paint.pid));
  if (!main) return { tasks: [], firstContentfulPaintTs: null };
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X');
  const inside = (task) => {
    const end = task.ts + (task.dur ?? 0);
    const biggest = onMain
      .filter((event) => event !== task && !WRAPPERS.test(event.name) && event.ts >= task.ts && event.ts < end)
      .reduce((best, event) => ((event.dur ?? 0) > (best?.dur ?? -1) ? event : best), undefined);
    return biggest ? `${biggest.name} ${Math.round((biggest.dur ?? 0) / 1000)} ms` : '';
  };
  const tasks = onMain
    .filter((event) => event.name === 'RunTask')
    .map((event) => ({ ts: event.ts, cpuMs: (event.tdur ?? 0) / 1000, wallMs: (event.dur ?? 0) / 1000, get inside() { return inside(event); } }));
  return { tasks, firstContentfulPaintTs: paint?.ts ?? null };
}

/**
 * The main-thread tasks that started at or after the page's first contentful paint (none when the
 * trace holds no paint), as the page-load test and benchmark count them.
 * @param {Buffer | string} trace
 * @returns {{ painted: boolean, tasks: { ts: number, cpuMs: number, wallMs: number, inside: string }[] }}
 */
export function tasksAfterFirstPaint(trace) {
  const { tasks, firstContentfulPaintTs } = mainThreadTasks(trace);
  if (firstContentfulPaintTs === null) return { painted: false, tasks: [] };
  return { painted: true, tasks: tasks.filter((task) => task.ts >= firstContentfulPaintTs) };
}

/**
 * CPU milliseconds of every task on the page's main thread, in trace order.
 * @param {Buffer | string} trace
 * @returns {number[]}
 */
export function mainThreadTaskCpuMs(trace) {
  return mainThreadTasks(trace).tasks.map((task) => task.cpuMs);
}

/**
 * CPU milliseconds of every main-thread task of `page` while `work` runs (Playwright's browser tracing).
 * @param {import('@playwright/test').Browser} browser
 * @param {import('@playwright/test').Page} page
 * @param {() => Promise<void>} work
 * @returns {Promise<number[]>}
 */
export async function taskCpuMsWhile(browser, page, work) {
  await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
  try {
    await work();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  return mainThreadTaskCpuMs(await browser.stopTracing());
}
