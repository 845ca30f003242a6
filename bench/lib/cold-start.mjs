// Cold start: on a fresh page (empty cache, nothing loaded but the page), the reader scrolls to the
// chapter's first demo and presses Train at once. Measured from that click to the first progress
// update painted (aria-valuenow of the progress bar passing 0, then one animation frame), with the
// milestones between (widget module mounted, state "running"), the long tasks in that window and the
// main thread's CPU time, since wall time on this shared machine depends on the load. Each task's CPU
// time comes from a Chrome trace (RunTask's thread duration): a task that is long only because the
// machine descheduled the renderer shows a long wall time but a short CPU time.
import { newContext } from './browser.mjs';
import { withFlags } from './chapters.mjs';
import { recordLongTasks } from './page-probes.mjs';
import { mainThreadSeconds } from './demos.mjs';
import { TASK_TRACE_CATEGORIES } from '../../tests/e2e/support/trace-tasks.mjs';
import { taskCpuMs } from './machine.mjs';

const TRAIN_BUTTON = /^[^\p{L}\p{N}]*(Train|Run)/u;
const TIMEOUT_MS = 60_000;

/** In the page: stamps the click, the mount (aria-busy cleared), "running", and the first painted progress. */
function armColdStartProbe(root) {
  const probe = { clickedAt: null, mountedAt: null, runningAt: null, progressAt: null, paintedAt: null };
  root.__coldStart = probe;
  // On window, capturing: the lazy loader holds an early click on the widget (and presses the button
  // again once mounted), so a listener on the widget itself would see only the replayed click.
  const onClick = (event) => {
    if (!root.contains(event.target)) return;
    probe.clickedAt = performance.now();
    probe.busyAtClick = root.getAttribute('aria-busy');
    window.removeEventListener('click', onClick, true);
  };
  window.addEventListener('click', onClick, true);
  const progress = root.querySelector('[data-part="progress"]');
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (probe.clickedAt === null) return;
    if (probe.mountedAt === null && root.getAttribute('aria-busy') !== 'true') probe.mountedAt = now;
    if (probe.runningAt === null && root.dataset.state === 'running') probe.runningAt = now;
    if (probe.progressAt === null && (Number(progress?.getAttribute('aria-valuenow')) > 0 || /^(done|diverged|error)$/.test(root.dataset.state ?? ''))) {
      probe.progressAt = now;
      requestAnimationFrame(() => { probe.paintedAt = performance.now(); });
      observer.disconnect();
    }
  });
  observer.observe(root, { attributes: true, subtree: true, attributeFilter: ['aria-busy', 'data-state', 'aria-valuenow'] });
}

function readColdStartProbe(root) {
  const { clickedAt, busyAtClick, mountedAt, runningAt, progressAt, paintedAt } = root.__coldStart;
  const since = (at) => (at === null ? null : Math.round(at - clickedAt));
  const inside = (window.__benchLongTasks ?? []).filter((task) => task.start + task.duration > clickedAt && task.start <= paintedAt);
  return {
    busyAtClick,
    mountedMs: since(mountedAt),
    runningMs: since(runningAt),
    firstProgressMs: since(progressAt),
    firstPaintedMs: since(paintedAt),
    longTasks: inside.map((task) => ({ startMs: Math.round(task.start - clickedAt), durationMs: Math.round(task.duration) })),
  };
}

export async function measureColdStart(browser, origin, chapters, flags) {
  const results = [];
  for (const chapter of chapters) {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.addInitScript(recordLongTasks);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(origin + withFlags(chapter, flags), { waitUntil: 'load' });
      const demo = page.locator('[data-demo]').first();
      if (!(await demo.count())) continue;
      await demo.evaluate(armColdStartProbe);
      const button = demo.getByRole('button', { name: TRAIN_BUTTON }).first();
      await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
      const cpuBefore = await mainThreadSeconds(cdp);
      // Scrolled to and clicked in one task, so the widget's module has had no time to load first.
      await button.evaluate((element) => {
        element.scrollIntoView({ block: 'center' });
        element.click();
      });
      await page.waitForFunction((node) => node.__coldStart.paintedAt !== null, await demo.elementHandle(), { timeout: TIMEOUT_MS, polling: 20 });
      const mainThreadCpuMs = Math.round(((await mainThreadSeconds(cdp)) - cpuBefore) * 1000);
      const taskCpu = taskCpuMs(await browser.stopTracing());
      results.push({
        chapter,
        demo: await demo.getAttribute('data-demo'),
        ...(await demo.evaluate(readColdStartProbe)),
        mainThreadCpuMsToProbe: mainThreadCpuMs,
        longestTaskCpuMs: Math.round(taskCpu[0] ?? 0),
        tasksOver50MsCpu: taskCpu.filter((ms) => ms > 50).length,
      });
    } finally {
      await context.close();
    }
  }
  return { chapters: results };
}
