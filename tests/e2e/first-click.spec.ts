/**
 * The first Train click on a fresh page (issue 18, target 2; the benchmark's coldstart section): the
 * reader scrolls to a chapter's first demo and presses Train before its module has loaded. From that
 * click until the first progress update is painted, no main-thread task takes over 50 ms of CPU.
 * The widget's module is evaluated, the widget mounted, the held click pressed again and each chart
 * drawn in tasks of their own (lazy-widget.ts, paint-queue.ts); chained in one task they took 55–60 ms
 * of CPU on the neuron and step-perceptron chapters. A task's length is its CPU time from a Chrome
 * trace (RunTask's thread duration, as page-load.spec.ts reads it): on this shared machine a task's
 * wall time includes its wait for a CPU. Under the suite's own load a task's CPU time can come out at
 * about twice its quiet figure (the derivative lab's 23–27 ms once read 55 ms), so a first click over
 * the limit is measured once more on a fresh page of its own, and the better of the two must pass: code
 * that really blocks for over 50 ms does so both times (the chained tasks read 53–58 ms every time).
 */
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { chapterPaths } from './support/site-pages';
import { FINISHED, MOUNT_TIMEOUT_MS, MOUNTED_LABEL, trainButton } from './support/demo-actions';
import { TASK_TRACE_CATEGORIES, mainThreadTasks } from './support/trace-tasks.mjs';

const LONG_TASK_MS = 50;

const VIEWPORT = { width: 1280, height: 900 };

// The desktop window the chapters are designed for, as the benchmark's coldstart section uses.
test.use({ viewport: VIEWPORT });

interface FirstClick {
  longest: { cpuMs: number; wallMs: number; inside: string };
  tasks: number;
  state: string | null;
}

/** Opens the chapter fresh, presses its first demo's Train before anything loaded, and traces until the first progress is painted. */
async function traceFirstClick(page: Page, chapter: string): Promise<FirstClick> {
  const browser = page.context().browser()!;
  await page.goto(chapter, { waitUntil: 'load' });
  const demo = page.locator('[data-demo]').first();
  // Cold: nobody has acted on the page yet, so the widget's module has not loaded.
  await expect(demo.locator('[data-part="backend"]').first()).not.toHaveText(MOUNTED_LABEL);
  await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
  try {
    // Scrolled to and clicked in one task, as the benchmark does, so the module has no time to load first.
    await trainButton(demo).evaluate((button: HTMLElement) => {
      button.scrollIntoView({ block: 'center' });
      button.click();
    });
    await page.waitForFunction(
      ([root, finished]) => {
        const progress = root!.querySelector('[data-part="progress"]');
        return Number(progress?.getAttribute('aria-valuenow')) > 0 || new RegExp(finished).test(root!.getAttribute('data-state') ?? '');
      },
      [await demo.elementHandle(), FINISHED.source] as const,
      { timeout: MOUNT_TIMEOUT_MS, polling: 'raf' },
    );
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const { tasks } = mainThreadTasks(await browser.stopTracing());
  const longest = tasks.reduce((best, task) => (task.cpuMs > best.cpuMs ? task : best), { cpuMs: 0, wallMs: 0, inside: '' });
  return { longest, tasks: tasks.length, state: await demo.getAttribute('data-state') };
}

const describe = ({ longest, tasks }: FirstClick): string =>
  `load ${loadavg()[0]!.toFixed(1)}: ${tasks} tasks from the click to the first progress, longest ${longest.cpuMs.toFixed(1)} ms CPU (${longest.wallMs.toFixed(0)} ms wall; ${longest.inside || 'nothing traced inside'})`;

for (const chapter of chapterPaths()) {
  test(`${chapter}: the first Train click on a fresh page runs no task over 50 ms of CPU until its first progress is painted`, async ({ page, browser }) => {
    const clicks = [await traceFirstClick(page, chapter)];
    if (clicks[0]!.longest.cpuMs > LONG_TASK_MS) {
      const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
      try {
        clicks.push(await traceFirstClick(await context.newPage(), chapter));
      } finally {
        await context.close();
      }
    }
    for (const click of clicks) {
      test.info().annotations.push({ type: 'main thread', description: describe(click) });
      expect(click.state).not.toBe('error');
      expect(click.tasks).toBeGreaterThan(0);
    }
    expect(Math.min(...clicks.map((click) => click.longest.cpuMs)), clicks.map(describe).join('; ')).toBeLessThanOrEqual(LONG_TASK_MS);
  });
}
