/** Chapter 4's widgets: the activation explorer (URL state, keyboard), the activation race and softmax classes. */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';

const CHAPTER = '/chapters/the-nonlinear-family/';
const TRAIN_TIMEOUT_MS = 180_000;
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

async function openExplorer(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${CHAPTER}${query}`);
  const explorer = page.locator('activation-explorer');
  await explorer.scrollIntoViewIfNeeded();
  await expect(explorer.getByRole('group', { name: 'Curve 1' })).toBeVisible({ timeout: 60_000 });
  return explorer;
}

async function trainToEnd(demo: Locator): Promise<void> {
  await demo.scrollIntoViewIfNeeded();
  await demo.getByRole('button', { name: /^Train/ }).click();
  await expect(demo).toHaveAttribute('data-state', /^(done|diverged|error)$/, { timeout: TRAIN_TIMEOUT_MS });
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? '')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the explorer shows a bad link’s problems as text and falls back, never running what the link carried', async ({ page }) => {
  const explorer = await openExplorer(page, '?fn=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E&fn=swish&beta=99&fn=relu&alpha=2');
  const notices = explorer.locator('[data-part="notices"]');
  await expect(notices).toContainText('Unknown activation "<img src=x onerror="window.pwne…"; showing ReLU instead.');
  await expect(notices).toContainText('beta = 99 is outside [0, 10]; using the default 1.');
  await expect(notices).toContainText('ReLU has no parameter "alpha"');
  await expect(explorer.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(explorer.getByRole('group', { name: 'Curve 1' }).getByLabel('Function')).toHaveValue('relu');
  await expect(explorer.getByRole('group', { name: 'Curve 2' }).getByRole('slider', { name: /β/ })).toHaveValue('1');
  await explorer.getByRole('button', { name: 'Reset' }).click();
  await expect(notices).toBeEmpty();
});

test('the explorer reads a good link, describes the curve in words and keeps the link current from the keyboard', async ({ page }) => {
  const explorer = await openExplorer(page, '?fn=swish');
  await expect(page.locator('#activation-explorer-f svg[role="img"]')).toHaveAttribute('aria-label', /Swish \(β = 1\): .*minimum −0\.278 at x = −1\.278/);
  await expect(explorer.locator('[data-part="notices"]')).toBeEmpty();

  const beta = explorer.getByRole('slider', { name: /β/ });
  await beta.focus();
  await page.keyboard.press('ArrowRight');
  await expect(beta).toHaveValue('1.1');
  await expect(explorer.getByRole('link', { name: 'Link to this view' })).toHaveAttribute('href', '?fn=swish&beta=1.1#activation-explorer');
  await expect(explorer.locator('#activation-explorer-f-caption')).toContainText('Swish (β = 1.1)');

  await explorer.getByRole('button', { name: 'Add a function' }).press('Enter');
  const second = explorer.getByRole('group', { name: 'Curve 2' }).getByLabel('Function');
  await expect(second).toBeFocused();
  await second.selectOption('leaky-relu');
  await expect(explorer.getByRole('link', { name: 'Link to this view' })).toHaveAttribute('href', '?fn=swish&beta=1.1&fn=leaky-relu#activation-explorer');
  await expect(explorer.getByRole('table')).toContainText('Leaky ReLU (α = 0.01)');
  await explorer.getByRole('button', { name: 'Remove curve 1, Swish' }).press('Enter');
  await expect(explorer.getByRole('group', { name: 'Curve 2' })).toHaveCount(0);
  await expect(explorer.getByRole('link', { name: 'Link to this view' })).toHaveAttribute('href', '?fn=leaky-relu#activation-explorer');
});

test('the race refuses an empty field, and the same seed gives the same results table', async ({ page }) => {
  await page.goto(CHAPTER);
  const race = page.locator('[data-demo="activation-race"]');
  await race.scrollIntoViewIfNeeded();
  const boxes = race.getByRole('checkbox');
  for (const box of await boxes.all()) await box.uncheck();
  await race.getByRole('button', { name: /^Train/ }).click();
  await expect(race.locator('[data-part="racers-error"]')).toHaveText('Pick at least 1 activation to race.');
  await expect(race.getByRole('status')).toContainText('Training did not start');
  await expect(race).toHaveAttribute('data-state', 'idle');

  await race.getByRole('checkbox', { name: 'ReLU', exact: true }).check();
  await race.getByRole('checkbox', { name: 'Leaky ReLU' }).check();
  await trainToEnd(race);
  await expect(race).toHaveAttribute('data-state', 'done');
  const rows = race.locator('[data-part="results-body"] tr');
  await expect(rows).toHaveCount(2);
  const firstRun = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((cell) => cell.textContent)));
  await expect(race.locator('[data-part="maps"] svg[role="img"]')).toHaveCount(2);
  expect(await seriousViolations(page, '[data-demo="activation-race"]')).toEqual([]);

  await trainToEnd(race);
  const secondRun = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((cell) => cell.textContent)));
  expect(secondRun).toEqual(firstRun);
  expect(Number(await race.getAttribute('data-value'))).toBeGreaterThanOrEqual(0.95);
});

test('softmax classes trains to its target and describes the class map', async ({ page }) => {
  await page.goto(CHAPTER);
  const demo = page.locator('[data-demo="softmax-classes"]');
  await trainToEnd(demo);
  await expect(demo).toHaveAttribute('data-state', 'done');
  expect(Number(await demo.getAttribute('data-value'))).toBeGreaterThanOrEqual(0.9);
  await expect(demo.locator('#softmax-classes-map-caption')).toContainText(/Share of the plane each class wins: arm 1 \d+%, arm 2 \d+%, arm 3 \d+%/);
  expect(await seriousViolations(page, '[data-demo="softmax-classes"]')).toEqual([]);
});

test('every chart on the page is clipped by its own clip paths, the live race curves beside the ones drawn at build time', async ({ page }) => {
  await page.goto(CHAPTER);
  // The explorer's first charts were drawn at build time by another Plot, which numbers clip paths as the page's does.
  expect(await page.locator('svg [id^="plot-clip-"]').count()).toBe(0);
  const race = page.locator('[data-demo="activation-race"]');
  await race.scrollIntoViewIfNeeded();
  await trainToEnd(race);
  const foreign = await page.evaluate(() => [...document.querySelectorAll('svg [clip-path]')].flatMap((element) => {
    const id = /url\(#([^)]+)\)/.exec(element.getAttribute('clip-path') ?? '')?.[1];
    const target = id === undefined ? null : document.getElementById(id);
    return target !== null && target.closest('svg') === element.closest('svg') ? [] : [id ?? '(none)'];
  }));
  expect(foreign).toEqual([]);
  expect(await race.locator('[id$="-loss"] svg [clip-path]').count()).toBeGreaterThan(0);
});
