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
