/**
 * A Playwright `test` whose page fails the test on any console error, uncaught page error, or
 * request to an origin other than the local server. Specs that expect a particular console error
 * list it with `test.use({ allowedConsoleErrors: [/pattern/] })`.
 */
import { test as base, expect } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'javascript:']);

export function isForeignRequest(url: string, siteOrigin: string): boolean {
  const parsed = new URL(url);
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  return parsed.origin !== siteOrigin;
}

export const test = base.extend<{ allowedConsoleErrors: RegExp[]; problems: PageProblems }>({
  allowedConsoleErrors: [[], { option: true }],
  problems: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const siteOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = `${message.text()} (at ${message.location().url || 'unknown'})`;
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) problems.consoleErrors.push(text);
      });
      page.on('pageerror', (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
      page.on('request', (request) => {
        if (isForeignRequest(request.url(), siteOrigin)) problems.foreignRequests.push(request.url());
      });
      await use(problems);
      expect.soft(problems.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect.soft(problems.consoleErrors, 'console errors').toEqual([]);
      expect.soft(problems.foreignRequests, `requests to origins other than ${siteOrigin}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
