/**
 * A chapter's first load (issue 18, target 2): from the first contentful paint until the page has
 * loaded, the network is idle and a moment has passed, with no scroll, click or key, no main-thread
 * task takes over 50 ms of CPU. Before each part of a chapter became a section the browser may skip
 * while it is off screen (site/markdown/rehype-chapter-sections.mjs), the style and layout of the
 * whole formula-heavy document ran in one task of 56–80 ms of CPU right after the first paint.
 * A task's length is its CPU time from a Chrome trace (RunTask's thread duration, as the benchmark's
 * pageload section reads it), not its wall time: on this shared machine a task waits for a CPU too.
 */
import { loadavg } from 'node:os';
import { test, expect } from './support/guarded-page';
import { chapterPaths } from './support/site-pages';
import { TASK_TRACE_CATEGORIES, tasksAfterFirstPaint } from './support/trace-tasks.mjs';

const LONG_TASK_MS = 50;
const SETTLE_MS = 1500;

// The desktop window the chapters are designed for, as the benchmark's page-load section uses.
test.use({ viewport: { width: 1280, height: 900 } });

for (const chapter of chapterPaths()) {
  test(`${chapter}: no task over 50 ms of CPU after the first paint of a first load`, async ({ page, browser }) => {
    await page.goto('about:blank');
    await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
    try {
      await page.goto(chapter, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(SETTLE_MS);
    } catch (error) {
      await browser.stopTracing();
      throw error;
    }
    const { painted, tasks } = tasksAfterFirstPaint(await browser.stopTracing());
    const longest = tasks.reduce((best, task) => (task.cpuMs > best.cpuMs ? task : best), { cpuMs: 0, wallMs: 0, inside: '' });
    test.info().annotations.push({
      type: 'main thread',
      description: `load ${loadavg()[0]!.toFixed(1)}: ${tasks.length} tasks after first paint, longest ${longest.cpuMs.toFixed(1)} ms CPU (${longest.wallMs.toFixed(0)} ms wall; ${longest.inside || 'nothing traced inside'})`,
    });
    expect(painted, 'the trace holds the first contentful paint').toBe(true);
    expect(tasks.length).toBeGreaterThan(0);
    expect(longest.cpuMs).toBeLessThanOrEqual(LONG_TASK_MS);
  });
}
