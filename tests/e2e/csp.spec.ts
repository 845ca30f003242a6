// The Content-Security-Policy: every page carries a strict one, nothing the site does violates it,
// and it really blocks what it should (an injected inline script, a request to another origin).
import type { Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { allPages, builtHtml, chapterPaths, LANDING_PATH, NOT_FOUND_CONSOLE } from './support/site-pages';
import { scrollThrough } from './support/scroll-through';

const VIOLATIONS_KEY = '__cspViolations';
const CSP_CONSOLE = /Content Security Policy/i;

test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE] });

/** Records every securitypolicyviolation from the first moment of each document. */
async function recordViolations(page: Page) {
  await page.addInitScript((key) => {
    const store: string[] = [];
    (window as unknown as Record<string, string[]>)[key] = store;
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  }, VIOLATIONS_KEY);
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], VIOLATIONS_KEY);
}

function policyOf(content: string): Map<string, string[]> {
  const directives = content.split(';').map((part) => part.trim().split(/\s+/)).filter((parts) => parts[0]);
  return new Map(directives.map(([name, ...sources]) => [name, sources]));
}

test.describe('Content-Security-Policy', () => {
  for (const { name, path } of allPages()) {
    test(`${name}: strict policy, no violation while the page loads and its widgets wake`, async ({ page }) => {
      const cspMessages: string[] = [];
      page.on('console', (message) => { if (CSP_CONSOLE.test(message.text())) cspMessages.push(message.text()); });
      await recordViolations(page);
      await page.goto(path);

      const metas = page.locator('meta[http-equiv="content-security-policy" i]');
      await expect(metas).toHaveCount(1);
      const policy = policyOf((await metas.getAttribute('content'))!);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'none'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      const scriptSources = policy.get('script-src')!;
      expect(scriptSources).toContain("'self'");
      expect(scriptSources).not.toContain("'unsafe-inline'");
      for (const [directive, sources] of policy) {
        for (const source of sources) expect(source, `${directive} names another origin`).not.toMatch(/:\/\/|^\*|^https?:$/);
      }
      expect(await page.evaluate(() => document.head.querySelector('meta[http-equiv="content-security-policy" i]') !== null
        && [...document.querySelectorAll('script')].every((s) => s.compareDocumentPosition(document.head.querySelector('meta[http-equiv="content-security-policy" i]')!) & Node.DOCUMENT_POSITION_PRECEDING)),
        'the policy precedes every script').toBe(true);

      await scrollThrough(page);
      expect(await violations(page)).toEqual([]);
      expect(cspMessages).toEqual([]);
    });
  }

  test('search (Pagefind UI, its index and wasm) runs under the policy', async ({ page }) => {
    await recordViolations(page);
    await page.goto(LANDING_PATH);
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.getByRole('dialog', { name: 'Search the guide' }).getByRole('textbox').first();
    await input.fill('neuron');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('notebook cells run reader code under the policy', async ({ page }) => {
    const withCell = chapterPaths().find((path) => builtHtml(path).includes('data-cell'));
    expect(withCell, 'some chapter has a runnable cell').toBeTruthy();
    await recordViolations(page);
    await page.goto(withCell!);
    const cell = page.locator('[data-cell]').first();
    await cell.scrollIntoViewIfNeeded();
    await cell.getByRole('button', { name: /Run cell/ }).click();
    await expect(cell).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('Content-Security-Policy blocks', () => {
  // These tests provoke violations on purpose; the browser reports each one on the console.
  test.use({ allowedConsoleErrors: [CSP_CONSOLE] });

  test('an injected inline script and reports it', async ({ page }) => {
    await recordViolations(page);
    await page.goto(chapterPaths()[0]);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran).toBe(false);
    expect((await violations(page)).some((violation) => violation.startsWith('script-src'))).toBe(true);
  });

  test('a request to another origin before it leaves the page', async ({ page }) => {
    // Were the request sent, the guard would also fail the test as a foreign request.
    await recordViolations(page);
    await page.goto(chapterPaths()[0]);
    const outcome = await page.evaluate(() => fetch('https://example.com/track').then(() => 'sent', () => 'refused'));
    expect(outcome).toBe('refused');
    expect((await violations(page)).some((violation) => violation.startsWith('connect-src'))).toBe(true);
  });
});
