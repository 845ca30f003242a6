/**
 * The reader's engine setting: every demo bar's "Train with" select shows it and changes it for all
 * bars at once; it is remembered on the next page (and lasts for the page when storage is blocked);
 * ?engine=tfjs forces TensorFlow.js for that page, and a value that is no engine is refused with a
 * notice. The bar then says what trained the last run.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { builtHtml, chapterPaths } from './support/site-pages';
import { FINISHED, RUN_TIMEOUT_MS, statusLine, trainButton, wakeDemo } from './support/demo-actions';

const chapters = chapterPaths();
const demoCount = (path: string) => builtHtml(path).split('data-demo=').length - 1;
const singleDemoChapter = chapters.find((path) => demoCount(path) >= 1)!;
const manyDemoChapter = chapters.find((path) => demoCount(path) >= 2)!;
const TFJS_LABEL = /^TensorFlow\.js · \S+/;

async function trainFirstDemo(page: Page) {
  const demo = page.locator('[data-demo]').first();
  await wakeDemo(demo);
  await trainButton(demo).click();
  await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
  await expect(demo).toHaveAttribute('data-state', 'done');
  return demo;
}

test('?engine=tfjs trains on TensorFlow.js and the bar says so', async ({ page }) => {
  await page.goto(`${singleDemoChapter}?engine=tfjs`);
  const demo = await trainFirstDemo(page);
  await expect(demo.getByLabel('Train with')).toHaveValue('tfjs');
  await expect(demo).toHaveAttribute('data-engine', 'tfjs');
  await expect(demo.locator('[data-part="backend"]')).toHaveText(TFJS_LABEL);
});

test('a choice in one bar applies to every bar on the page and is remembered on the next page', async ({ page }) => {
  await page.goto(manyDemoChapter);
  const demos = page.locator('[data-demo]');
  await wakeDemo(demos.first());
  await wakeDemo(demos.nth(1));
  await expect(demos.first().getByLabel('Train with')).toHaveValue('auto');
  await demos.first().getByLabel('Train with').selectOption('tfjs');
  await expect(demos.nth(1).getByLabel('Train with')).toHaveValue('tfjs');

  await page.goto(singleDemoChapter);
  const demo = await trainFirstDemo(page);
  await expect(demo.getByLabel('Train with')).toHaveValue('tfjs');
  await expect(demo).toHaveAttribute('data-engine', 'tfjs');
  await demo.getByLabel('Train with').selectOption('auto');
});

test('with storage blocked the choice still holds for the page', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(manyDemoChapter);
  const demos = page.locator('[data-demo]');
  await wakeDemo(demos.first());
  await wakeDemo(demos.nth(1));
  await demos.nth(1).getByLabel('Train with').selectOption('tfjs');
  await expect(demos.first().getByLabel('Train with')).toHaveValue('tfjs');
  const demo = await trainFirstDemo(page);
  await expect(demo).toHaveAttribute('data-engine', 'tfjs');
});

test('an address value that is no engine is refused with a notice, and the demo trains on the default', async ({ page }) => {
  await page.goto(`${singleDemoChapter}?engine=${encodeURIComponent('<b>gpu</b>')}`);
  const demo = page.locator('[data-demo]').first();
  await wakeDemo(demo);
  await expect(statusLine(demo)).toHaveText('The link asked for engine "<b>gpu</b>", which is not one of auto, lab, tfjs; training with "auto" instead.');
  await expect(demo.locator('b')).toHaveCount(0);
  await expect(demo.getByLabel('Train with')).toHaveValue('auto');
  await trainFirstDemo(page);
  await expect(demo).toHaveAttribute('data-engine', /^(lab|tfjs|mixed)$/);
});
