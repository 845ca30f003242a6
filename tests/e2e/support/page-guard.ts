// A Playwright fixture that fails a test when its page logs a console error, throws, or asks any
// origin other than the local server for something.
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  /** Problems seen so far; the fixture also checks this list when the test ends. */
  list: string[];
  /** Lets a test say an expected console error is not a problem (e.g. the 404 page's own status). */
  allowConsole(pattern: RegExp): void;
}

function watch(page: Page, origin: string): PageProblems {
  const list: string[] = [];
  const allowed: RegExp[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!allowed.some((pattern) => pattern.test(text))) list.push(`console error: ${text}`);
  });
  page.on('pageerror', (error) => list.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) list.push(`request to another origin: ${request.url()}`);
  });
  return { list, allowConsole: (pattern) => allowed.push(pattern) };
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems = watch(page, new URL(baseURL!).origin);
      await use(problems);
      expect(problems.list, 'console errors, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
