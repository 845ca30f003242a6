/**
 * Printing a chapter: only the text column, black on white even from the dark theme; no header,
 * sidebar, contents, chapter links, buttons or progress bars; code and cell output in full; every
 * link followed by its address. Chromium's own PDF output is checked to have pages.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { builtHtml, chapterPaths } from './support/site-pages';

const CELL_TIMEOUT_MS = 60_000;
const chapters = chapterPaths();
const withCellsAndLinks = chapters.find((path) => builtHtml(path).includes('<notebook-cell') && builtHtml(path).includes('data-print-url')) ?? chapters[0]!;

async function visibleCount(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility()).length);
}

for (const theme of ['light', 'dark'] as const) {
  test(`${withCellsAndLinks} prints as text, code and results, black on white (${theme} theme)`, async ({ page }) => {
    await page.addInitScript((choice) => localStorage.setItem('theme', choice), theme);
    await page.goto(withCellsAndLinks);
    const cell = page.locator('notebook-cell').first();
    await cell.getByRole('button', { name: /^Run cell/ }).click();
    await expect(cell).toHaveAttribute('data-state', 'done', { timeout: CELL_TIMEOUT_MS });

    await page.emulateMedia({ media: 'print' });
    for (const frame of ['.site-header', 'nav[aria-label="Chapters"]', 'nav[aria-label="On this page"]', '.prev-next', 'kernel-toolbar', 'button', '[role="progressbar"]', '.heading-anchor']) {
      expect(await visibleCount(page, frame), `${frame} should not print`).toBe(0);
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(cell.locator('pre').first()).toBeVisible();
    await expect(cell.locator('[data-part="output"]')).toBeVisible();
    await expect(cell.locator('[data-part="output"]')).not.toBeEmpty();

    const colours = await page.evaluate(() => ({ text: getComputedStyle(document.body).color, background: getComputedStyle(document.body).backgroundColor }));
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });

    const link = page.locator('article a[data-print-url]').first();
    const [address, after] = await link.evaluate((a) => [a.getAttribute('data-print-url'), getComputedStyle(a, '::after').content]);
    expect(address).toMatch(/^https?:\/\//);
    expect(after).toContain(address);

    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
  });
}
