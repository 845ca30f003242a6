/** Conditions a reader's browser can impose on a page, emulated from a test. */
import type { Page } from '@playwright/test';

/** As if the reader switched tabs (or came back): document.visibilityState changes and the event fires. */
export async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((wanted) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => wanted });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => wanted === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/**
 * Slows the page's CPU by `rate` (Chromium's DevTools throttling) so a run lasts long enough to act
 * on mid-way, however fast the widget trains on today's machine. Returns the function that undoes it.
 */
export async function slowCpu(page: Page, rate: number): Promise<() => Promise<void>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  return async () => {
    await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await session.detach();
  };
}
