/**
 * Offline reading and installing: after one visit the service worker has precached the guide, so
 * with the server gone another chapter opens, a demo trains (tfjs, its wasm files) and a cell runs;
 * search works offline too. The manifest makes the site installable. When a newer build is
 * deployed, a notice offers to reload into it.
 * Each test serves its own copy of the build on its own port and goes offline by stopping that
 * server (Chromium's offline emulation bypasses service workers). Service workers are blocked in
 * every other spec (playwright.config.ts); this one allows them.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as guardedTest, expect } from './support/guarded-page';
import { builtHtml, chapterPaths, LANDING_PATH } from './support/site-pages';
import { builtSiteDir } from './support/built-site';
import { startStaticServer } from './support/static-server.mjs';
import { FINISHED, RUN_TIMEOUT_MS, trainButton, wakeDemo } from './support/demo-actions';
import { pickSearchWord } from './support/search-word';
import { searchResultPaths } from './support/search-results';

interface OwnSite {
  origin: string;
  /** The folder served: a copy of the build this test may change. */
  root: string;
  /** Stops the server: from then on only the service worker can answer. */
  goOffline(): Promise<void>;
}

const test = guardedTest.extend<{ site: OwnSite }>({
  site: async ({}, use) => {
    const root = await mkdtemp(path.join(tmpdir(), 'activation-lab-offline-'));
    await cp(builtSiteDir(), root, { recursive: true });
    const server = await startStaticServer({ root, port: 0 });
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const goOffline = () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await use({ origin, root, goOffline });
    if (server.listening) await goOffline();
    await rm(root, { recursive: true, force: true });
  },
  // The guarded page then counts this server, and only it, as the site's origin.
  baseURL: async ({ site }, use) => use(site.origin),
});

test.use({ serviceWorkers: 'allow' });

const SW_READY_MS = 90_000;
const CELL_TIMEOUT_MS = 60_000;
const chapters = chapterPaths();
const hasDemoAndCell = (path: string) => builtHtml(path).includes('data-demo=') && builtHtml(path).includes('<notebook-cell');

/** How many files the built service worker precaches (its manifest's entries). */
async function precacheSize(): Promise<number> {
  const worker = await readFile(path.join(builtSiteDir(), 'sw.js'), 'utf8');
  return worker.match(/\{url:"/g)?.length ?? 0;
}

/**
 * Waits until the service worker controls this page and its cache holds every precached file:
 * "activated" alone can come while the last files are still being written.
 */
async function waitForOfflineCopy(page: Page): Promise<void> {
  const expected = await precacheSize();
  expect(expected, 'the built service worker precaches nothing').toBeGreaterThan(0);
  const cachedFiles = () => page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return 0;
    const names = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
    const counts = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
    return counts.reduce((sum, count) => sum + count, 0);
  });
  await expect.poll(cachedFiles, { timeout: SW_READY_MS, message: 'files in the offline copy' }).toBeGreaterThanOrEqual(expected);
}

test('after one visit, another chapter opens offline, a demo trains and a cell runs', async ({ page, site }) => {
  test.setTimeout(300_000);
  const [first, ...others] = chapters;
  const target = others.find(hasDemoAndCell) ?? others[0]!;
  await page.goto(first!);
  await waitForOfflineCopy(page);

  await site.goOffline();
  await page.goto(target);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.page')).toHaveCSS('display', 'grid');

  const demo = page.locator('[data-demo]').first();
  await wakeDemo(demo);
  await trainButton(demo).click();
  await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
  expect(await demo.getAttribute('data-state')).not.toBe('error');

  const cell = page.locator('notebook-cell').first();
  await cell.getByRole('button', { name: /^Run cell/ }).click();
  await expect(cell).toHaveAttribute('data-state', /^(done|error)$/, { timeout: CELL_TIMEOUT_MS });
  expect(await cell.getAttribute('data-state')).toBe('done');
});

test('search works offline', async ({ page, site }) => {
  const { word, path } = pickSearchWord(chapters.map((chapterPath) => ({ path: chapterPath, html: builtHtml(chapterPath) })));
  await page.goto(LANDING_PATH);
  await waitForOfflineCopy(page);
  await site.goOffline();
  await page.reload();
  expect(await searchResultPaths(page, word)).toContain(path);
});

test('the web app manifest makes the guide installable', async ({ page, request }) => {
  await page.goto(LANDING_PATH);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
  expect(manifest).toMatchObject({ name: 'Activation Lab', display: 'standalone', start_url: '/', scope: '/' });
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, page.url()).href);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  await waitForOfflineCopy(page);
});

test('when a newer build is deployed, a notice offers to reload into it', async ({ page, site }) => {
  await page.goto(chapters[0]!);
  await waitForOfflineCopy(page);
  const notice = page.getByRole('status').filter({ hasText: 'A new version of the guide is available' });
  await expect(notice).toBeHidden();
  // A new deployment: the worker script's bytes differ from the installed one.
  const worker = path.join(site.root, 'sw.js');
  await writeFile(worker, `${await readFile(worker, 'utf8')}\n// the next build\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect(notice).toBeVisible({ timeout: SW_READY_MS });
  const waitingBefore = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state);
  expect(waitingBefore).toBe('installed');
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  await expect(notice).toBeHidden();
  await waitForOfflineCopy(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
});
