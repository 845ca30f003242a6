/**
 * Waits until a page has stopped changing shape: web fonts (KaTeX's included) loaded, every lazily
 * loaded widget mounted, and the layout steady (document height and every scrolling box's width the
 * same over several checks). A layout that overflows only once fonts arrive then cannot slip past
 * a check that runs too early.
 */
import { expect, type Page } from '@playwright/test';

const WIDGET_MOUNT_MS = 60_000;
const CHECK_EVERY_MS = 100;
const STEADY_CHECKS = 5;
const STEADY_TIMEOUT_MS = 15_000;

export async function settlePage(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // lazy-widget.ts marks a widget aria-busy while its module loads and mounts.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: WIDGET_MOUNT_MS });
  const steady = await page.evaluate(async ({ every, checks, timeout }) => {
    const shape = () => JSON.stringify([
      document.documentElement.scrollHeight,
      ...[...document.querySelectorAll<HTMLElement>('.katex-display, .table-scroll, pre')].map((box) => box.scrollWidth),
    ]);
    let last = shape();
    let same = 0;
    for (const started = performance.now(); performance.now() - started < timeout;) {
      await new Promise((resolve) => setTimeout(resolve, every));
      const now = shape();
      same = now === last ? same + 1 : 0;
      last = now;
      if (same >= checks) return true;
    }
    return false;
  }, { every: CHECK_EVERY_MS, checks: STEADY_CHECKS, timeout: STEADY_TIMEOUT_MS });
  expect(steady, 'the layout kept changing').toBe(true);
  expect(await page.evaluate(() => document.fonts.status)).toBe('loaded');
}
