// Every demo on every chapter: time from pressing Train to its finished state (median of the first
// few runs), the longest main-thread task while it trains (wall time from the page's long-task
// observer in every run; CPU time from a Chrome trace of the first untimed run, since tracing costs
// time), and live tensors before the first run, after it, and after many back-to-back runs (through
// the widgets' ?debug-tensors hook).
import { newContext } from './browser.mjs';
import { median } from './machine.mjs';
import { withFlags } from './chapters.mjs';
import { armRunTimer, isMounted, liveTensors, readRunTimer, recordLongTasks } from './page-probes.mjs';
import { POOL_DEMO, measurePoolGrid } from './pool-grid.mjs';
import { taskCpuMsWhile } from '../../tests/e2e/support/trace-tasks.mjs';

/** The demo contract's Train button (a decorative symbol before the word is allowed). */
const TRAIN_BUTTON = /^[^\p{L}\p{N}]*(Train|Run)/u;
const MOUNT_TIMEOUT_MS = 90_000;
/** Lets a widget's finally-blocks and last repaint run before tensors are counted. */
const SETTLE_MS = 400;
/** How long a run trains before the Stop probe presses Stop. */
const STOP_AFTER_MS = 150;

function reaches(value, target) {
  const match = /^(>=|<=)(-?\d+(?:\.\d+)?)$/.exec((target ?? '').replace(/\s+/g, ''));
  if (!match || value === null || !Number.isFinite(Number(value))) return false;
  return match[1] === '>=' ? Number(value) >= Number(match[2]) : Number(value) <= Number(match[2]);
}

/** CPU seconds the renderer's main thread has used so far (Chromium's ThreadTime metric). */
export async function mainThreadSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN;
}

async function runDemo(page, cdp, demo, timeoutMs) {
  await demo.evaluate(armRunTimer);
  const cpuBefore = await mainThreadSeconds(cdp);
  // A DOM click, not Playwright's locator click: that one runs its role queries and hit-target checks in
  // the page's main thread and shows up as a long task of its own.
  const button = demo.getByRole('button', { name: TRAIN_BUTTON }).first();
  await button.waitFor({ timeout: timeoutMs });
  await button.evaluate((element) => element.click());
  await page.waitForFunction((node) => node.__benchTimer.finishedAt !== null, await demo.elementHandle(), { timeout: timeoutMs, polling: 100 });
  const mainThreadCpuSeconds = (await mainThreadSeconds(cdp)) - cpuBefore;
  const run = { ...(await demo.evaluate(readRunTimer)), mainThreadCpuSeconds };
  await page.waitForTimeout(SETTLE_MS);
  return run;
}

/**
 * Presses Train, then Stop once the run has trained for STOP_AFTER_MS: the time from the Stop click
 * to the demo leaving 'running'. Null when the run finished before Stop could be pressed.
 */
async function timeStop(page, demo, timeoutMs) {
  const train = demo.getByRole('button', { name: TRAIN_BUTTON }).first();
  await train.evaluate((element) => element.click());
  await page.waitForTimeout(STOP_AFTER_MS);
  const latency = await demo.locator('[data-part="stop"]').evaluate((stop) => {
    const root = stop.closest('[data-demo]');
    if (root.dataset.state !== 'running') return null;
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (root.dataset.state === 'running') return;
        observer.disconnect();
        resolve(performance.now() - clickedAt);
      });
      observer.observe(root, { attributes: true, attributeFilter: ['data-state'] });
      const clickedAt = performance.now();
      stop.click();
    });
  });
  await page.waitForFunction((root) => root.dataset.state !== 'running', await demo.elementHandle(), { timeout: timeoutMs, polling: 100 });
  await page.waitForTimeout(SETTLE_MS);
  return latency;
}

/** Waits for the widget to mount; if it does not, the error says what the widget showed instead. */
async function waitUntilMounted(page, demo) {
  try {
    await page.waitForFunction(isMounted, await demo.elementHandle(), { timeout: MOUNT_TIMEOUT_MS, polling: 200 });
  } catch (error) {
    const shown = await demo.evaluate((root) => ({
      busy: root.getAttribute('aria-busy'),
      state: root.dataset.state ?? null,
      backend: root.querySelector('[data-part="backend"]')?.textContent?.trim() ?? null,
      status: root.querySelector('[data-part="status"]')?.textContent?.trim() ?? null,
      scrollY: window.scrollY,
    }));
    throw new Error(`not mounted after ${MOUNT_TIMEOUT_MS / 1000} s (${JSON.stringify(shown)}): ${error.message.split('\n')[0]}`);
  }
}

async function measureDemo(browser, page, cdp, demo, options) {
  const id = await demo.getAttribute('data-demo');
  const target = await demo.getAttribute('data-target');
  const tensors = { beforeFirst: null, afterFirst: null, afterAll: null };
  const runs = [];
  let stopMs = null;
  let pool;
  let taskCpuMs = null;
  try {
    await demo.scrollIntoViewIfNeeded();
    await waitUntilMounted(page, demo);
    await page.waitForTimeout(SETTLE_MS);
    tensors.beforeFirst = await page.evaluate(liveTensors);
    for (let index = 0; index < options.tensorRuns; index++) {
      if (index === options.timingRuns) {
        taskCpuMs = await taskCpuMsWhile(browser, page, async () => { runs.push(await runDemo(page, cdp, demo, options.demoTimeoutMs)); });
      } else {
        runs.push(await runDemo(page, cdp, demo, options.demoTimeoutMs));
      }
      if (index === 0) tensors.afterFirst = await page.evaluate(liveTensors);
    }
    stopMs = await timeStop(page, demo, options.demoTimeoutMs);
    tensors.afterAll = await page.evaluate(liveTensors);
    if (id === POOL_DEMO) pool = await measurePoolGrid(page, demo, options.demoTimeoutMs);
  } catch (error) {
    return { id, target, runs, tensors, error: error.message.split('\n')[0] };
  }
  // What trained the last run, as the demo's bar says it: 'lab', 'tfjs' or 'mixed'.
  const engine = await demo.getAttribute('data-engine');
  const timed = runs.slice(0, options.timingRuns);
  return {
    id,
    target,
    engine,
    runs: runs.length,
    seconds: timed.map((run) => Number(run.seconds.toFixed(2))),
    medianSeconds: median(timed.map((run) => run.seconds)),
    /** Main-thread CPU time per run (includes polling by the harness): what an idle machine would need at most. */
    medianMainThreadCpuSeconds: median(timed.map((run) => run.mainThreadCpuSeconds)),
    states: [...new Set(runs.map((run) => run.state))],
    values: timed.map((run) => run.value),
    reachedTarget: timed.every((run) => run.state === 'done' && reaches(run.value, target)),
    longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs)),
    /** The longest main-thread task of the traced run, in CPU ms (null when every run was timed: --tensor-runs = --timing-runs). */
    longestTaskCpuMs: taskCpuMs === null ? null : Math.max(0, ...taskCpuMs),
    longTasks: runs.reduce((sum, run) => sum + run.longTasks, 0),
    /** The longest wait for an animation frame in any run, and the median over runs of each run's longest. */
    longestFrameGapMs: Math.max(...runs.map((run) => run.longestFrameGapMs)),
    medianLongestFrameGapMs: median(runs.map((run) => run.longestFrameGapMs)),
    /** Stop click → no longer running, in a run stopped after STOP_AFTER_MS (null: it had already finished). */
    stopMs,
    tensors,
    ...(pool ? { pool } : {}),
  };
}

export async function measureDemos(browser, origin, chapters, options, flags) {
  const results = [];
  for (const chapter of chapters) {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await page.addInitScript(recordLongTasks);
      await page.goto(origin + withFlags(chapter, { ...flags, 'debug-tensors': '' }), { waitUntil: 'load' });
      const demos = page.locator('[data-demo]');
      const count = await demos.count();
      for (let index = 0; index < count; index++) {
        process.stderr.write(`bench:   ${chapter} demo ${index + 1}/${count}\n`);
        results.push({ chapter, ...(await measureDemo(browser, page, cdp, demos.nth(index), options)) });
      }
    } finally {
      await context.close();
    }
  }
  return { demos: results };
}
