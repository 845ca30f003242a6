// Page load (issue 18, target 2): per chapter in a fresh browser context, a Chrome trace from the
// navigation until the page has loaded, the network is idle and a moment has passed, with no scroll,
// click or key. Reported: the longest main-thread task after first contentful paint, by CPU time
// (RunTask's thread duration; its wall time beside it, and the longest traced work inside it), and how
// many tasks after first paint passed 50 ms of CPU.
import { newContext } from './browser.mjs';
import { withFlags } from './chapters.mjs';
import { fmt, load, table } from './table.mjs';
import { tasksAfterFirstPaint, TASK_TRACE_CATEGORIES } from '../../tests/e2e/support/trace-tasks.mjs';

const SETTLE_MS = 1500;
const LONG_TASK_MS = 50;

export async function measurePageLoad(browser, origin, chapters, flags) {
  const results = [];
  for (const chapter of chapters) {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto('about:blank');
      await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
      await page.goto(origin + withFlags(chapter, flags), { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(SETTLE_MS);
      const { painted, tasks: after } = tasksAfterFirstPaint(await browser.stopTracing());
      const longest = after.reduce((best, task) => (task.cpuMs > (best?.cpuMs ?? -1) ? task : best), undefined);
      results.push({
        chapter,
        firstContentfulPaintSeen: painted,
        tasksAfterPaint: after.length,
        longestTaskCpuMs: longest ? Math.round(longest.cpuMs * 10) / 10 : null,
        longestTaskWallMs: longest ? Math.round(longest.wallMs * 10) / 10 : null,
        longestTaskInside: longest?.inside ?? '',
        tasksOver50MsCpu: after.filter((task) => task.cpuMs > LONG_TASK_MS).length,
      });
    } finally {
      await context.close();
    }
  }
  return { chapters: results };
}

export function formatPageLoad(section) {
  return [`\nPage load: main-thread tasks after first contentful paint, no interaction (${load(section)})`, table(
    ['chapter', 'tasks after paint', 'longest task, CPU ms', 'its wall ms', 'longest work inside it (wall)', 'tasks over 50 ms of CPU'],
    section.chapters.map((c) => [c.chapter, c.firstContentfulPaintSeen ? c.tasksAfterPaint : 'no paint traced', fmt.n(c.longestTaskCpuMs, 1), fmt.n(c.longestTaskWallMs, 1),
      c.longestTaskInside || '—', c.tasksOver50MsCpu]),
  )].join('\n');
}
