import type { Page } from '@playwright/test';

const SCROLL_STEP_PX = 600;
const PAUSE_MS = 60;

/** Scrolls to the bottom in steps so every lazily loaded widget wakes up, then back to the top. */
export async function scrollThrough(page: Page) {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += SCROLL_STEP_PX) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(PAUSE_MS);
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
}
