/**
 * The site deployed under a base path (ACTIVATION_LAB_BASE=/activation-lab/, served only below it):
 * from the landing page, every chapter opens with its styles and scripts, every link on it stays
 * under the base path, one demo trains (tfjs and its wasm files load) and one cell runs; search
 * finds pages under the base path. A request that misses the base path gets a 404, which the
 * guarded page reports as a console error, so a stray root-relative URL fails the walk.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/guarded-page';
import { builtHtml, builtSiteBase, chapterPaths } from '../support/site-pages';
import { FINISHED, RUN_TIMEOUT_MS, trainButton, wakeDemo } from '../support/demo-actions';
import { pickSearchWord } from '../support/search-word';
import { searchResultPaths } from '../support/search-results';

const BASE = builtSiteBase();
const CELL_TIMEOUT_MS = 60_000;
const chapters = chapterPaths();

test('the build under test was made with a base path', () => {
  expect(BASE).not.toBe('/');
  for (const path of chapters) expect(path.startsWith(BASE), path).toBe(true);
});

/** Every same-site link, stylesheet, script, icon and image address on the page, as written. */
async function siteAddresses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[href], [src], link[rel="manifest"]')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '');
    return attributes
      .filter((value) => value && !value.startsWith('#') && !value.startsWith('data:'))
      .map((value) => new URL(value, location.href))
      .filter((url) => url.origin === location.origin)
      .map((url) => url.pathname);
  });
}

test('the landing page links every chapter under the base path, and its figure trains', async ({ page }) => {
  await page.goto(BASE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const outside = (await siteAddresses(page)).filter((path) => !path.startsWith(BASE));
  expect(outside).toEqual([]);
  // The landing figure loads lab and tfjs on demand, from under the base path too.
  const figure = page.locator('landing-figure');
  await figure.getByRole('button', { name: /Play/ }).click();
  await expect(figure).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
});

for (const path of chapters) {
  test(`${path}: styled, every address under the base path, one demo trains and one cell runs`, async ({ page }) => {
    await page.goto(path);
    // The site's stylesheet arrived: the layout's grid is in force.
    await expect(page.locator('.page')).toHaveCSS('display', 'grid');
    const outside = (await siteAddresses(page)).filter((address) => !address.startsWith(BASE));
    expect(outside, 'addresses that miss the base path').toEqual([]);

    const demo = page.locator('[data-demo]').first();
    if (await demo.count()) {
      await wakeDemo(demo);
      await trainButton(demo).click();
      await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
      expect(await demo.getAttribute('data-state')).not.toBe('error');
    }
    const cell = page.locator('notebook-cell').first();
    if (await cell.count()) {
      await cell.getByRole('button', { name: /^Run cell/ }).click();
      await expect(cell).toHaveAttribute('data-state', /^(done|error)$/, { timeout: CELL_TIMEOUT_MS });
      expect(await cell.getAttribute('data-state')).toBe('done');
    }
    expect((await demo.count()) + (await cell.count()), 'a chapter without a demo or a cell').toBeGreaterThan(0);
  });
}

test('search loads its index under the base path and links results there', async ({ page }) => {
  const { word, path } = pickSearchWord(chapters.map((chapterPath) => ({ path: chapterPath, html: builtHtml(chapterPath) })));
  await page.goto(BASE);
  expect(await searchResultPaths(page, word)).toContain(path);
});

test.describe('outside the base path', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('a chapter address without the base path answers 404', async ({ page }) => {
    const response = await page.goto(chapters[0]!.slice(BASE.length - 1));
    expect(response?.status()).toBe(404);
  });
});

test('the manifest, its icons and the service worker precache live under the base path', async ({ page, request }) => {
  await page.goto(BASE);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href?.startsWith(BASE)).toBe(true);
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ start_url: BASE, scope: BASE, id: BASE });
  for (const icon of manifest.icons) {
    expect(icon.src.startsWith(BASE), icon.src).toBe(true);
    expect((await request.get(icon.src)).ok()).toBe(true);
  }
  const worker = await request.get(`${BASE}sw.js`);
  expect(worker.ok()).toBe(true);
  const precached = [...(await worker.text()).matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1]!);
  expect(precached.length).toBeGreaterThan(0);
  expect(precached.filter((url) => !url.startsWith(BASE))).toEqual([]);
  expect(precached).toContain(`${chapters[0]}index.html`);
});
