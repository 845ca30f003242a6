/**
 * Watches a page for hostile text that became markup: returns a check that fails the test if a
 * dialog opened, or an injected image or script (the suites' `<img src=x onerror=alert(1)>`) is in the page.
 */
import type { Page } from '@playwright/test';
import { expect } from './guarded-page';

export async function watchForInjection(page: Page): Promise<() => Promise<void>> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async () => {
    expect(dialogs, 'a dialog opened').toEqual([]);
    expect(await page.locator('img[src="x"]').count(), 'an injected image in the page').toBe(0);
    expect(await page.evaluate(() => [...document.scripts].some((script) => script.text.includes('alert(1)'))), 'an injected script in the page').toBe(false);
  };
}
