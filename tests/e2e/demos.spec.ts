/**
 * Every demo trains: for each chapter the built landing page links, open it, run every runnable cell
 * outside the exercises (exercises.spec.ts solves those) and train every widget ([data-demo]), and
 * check each reaches its own data-target, saying on its bar which engine trained it. Then every
 * chapter with demos once more forced onto TensorFlow.js (?engine=tfjs): each demo must train on
 * tfjs and reach the same target. A chapter with neither demos nor cells fails, and so does any
 * console error, page error or request that leaves the site.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { chapterLinksIn, chapterPathsFromBuiltLanding } from './support/built-site';
import { parseDemoTarget, reachesTarget } from './support/targets';
import { readStateLog, startStateLog } from './support/state-log';
import { builtHtml } from './support/site-pages';

/** Shared, slow CPUs: a demo may take minutes; a cell is small. */
const DEMO_TIMEOUT_MS = 240_000;
const CELL_TIMEOUT_MS = 60_000;
const PAGE_TIMEOUT_MS = 60_000;
const FINISHED = /^(done|diverged|error)$/;
/** Accessible names per the contract; a decorative symbol before the word (e.g. "▶") is tolerated. */
const TRAIN_BUTTON = /^[^\p{L}\p{N}]*(Train|Run)/u;
const RUN_BUTTON = /^[^\p{L}\p{N}]*Run(?! all)/u;
/**
 * What the bar says trained the last run (components/ui/backend/engine-label.ts), with the tfjs backend
 * after "·" whenever TensorFlow.js is loaded; a lab-engine run on a page that never loaded it names no backend.
 */
const ENGINE_LABEL = /^(lab engine \(checked against TensorFlow\.js\)$|(lab engine \(checked against TensorFlow\.js\)|TensorFlow\.js)( and TensorFlow\.js)? · \S+)/;

const chapters = chapterPathsFromBuiltLanding();

test('the built landing page links at least one chapter', () => {
  expect(chapters.length).toBeGreaterThan(0);
});

test('the served landing page links the same chapters as the build the tests were collected from', async ({ page, request }) => {
  const response = await request.get('/');
  expect(response.ok()).toBe(true);
  expect(chapterLinksIn(await response.text())).toEqual(chapters);
  await page.goto('/');
  const linked = await page.getByRole('main').getByRole('link').evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname).filter((href) => href.includes('/chapters/')),
  );
  expect([...new Set(linked)]).toEqual(chapters);
});

/** What the element says about itself: its status/output region if it has one, else all its text. */
async function describeFailure(element: Locator): Promise<string> {
  return element.evaluate((node) => {
    const region = node.querySelector('[data-part="output"], [data-part="status"], [role="status"]');
    return ((region ?? node).textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 600);
  });
}

async function runCell(cell: Locator, index: number): Promise<void> {
  await cell.scrollIntoViewIfNeeded();
  await startStateLog(cell);
  await cell.getByRole('button', { name: RUN_BUTTON }).first().click({ timeout: CELL_TIMEOUT_MS });
  await expect(cell, `cell ${index + 1} did not finish`).toHaveAttribute('data-state', /^(done|error)$/, { timeout: CELL_TIMEOUT_MS });
  const state = await cell.getAttribute('data-state');
  expect(state, `cell ${index + 1} ended in "${state}": ${await describeFailure(cell)}`).toBe('done');
  expect((await readStateLog(cell)).states, `cell ${index + 1} never reported running`).toContain('running');
}

async function trainDemo(page: Page, demo: Locator, engine?: 'tfjs'): Promise<void> {
  const id = await demo.getAttribute('data-demo');
  const target = parseDemoTarget(await demo.getAttribute('data-target'));
  expect(target, `demo "${id}" needs a data-target like ">=0.95"`).toBeDefined();
  expect(await demo.getAttribute('data-metric'), `demo "${id}" needs a data-metric`).toBeTruthy();
  await expect(demo, `demo "${id}" should start idle`).toHaveAttribute('data-state', 'idle');

  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByLabel(/seed/i).first(), `demo "${id}" must show its seed`).toBeVisible();
  await startStateLog(demo);
  const started = Date.now();
  await demo.getByRole('button', { name: TRAIN_BUTTON }).first().click({ timeout: DEMO_TIMEOUT_MS });
  await expect(demo, `demo "${id}" did not finish`).toHaveAttribute('data-state', FINISHED, { timeout: DEMO_TIMEOUT_MS });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const state = await demo.getAttribute('data-state');
  expect(state, `demo "${id}" ended in "${state}": ${await describeFailure(demo)}`).toBe('done');
  const log = await readStateLog(demo);
  expect(log.states, `demo "${id}" never reported running`).toContain('running');
  expect(log.progressSeenWhileRunning, `demo "${id}" showed no progress bar with aria-valuenow while running`).toBe(true);
  await expect(demo.getByRole('button', { name: /^Stop/ }), `demo "${id}" still shows Stop`).toBeHidden();

  const value = Number(await demo.getAttribute('data-value'));
  expect(reachesTarget(value, target!), `demo "${id}": ${value} misses ${await demo.getAttribute('data-target')}`).toBe(true);
  const trainedOn = await demo.getAttribute('data-engine');
  // A demo without the "Train with" choice (the cost race times both engines) is not bound by it.
  const bound = engine && (await demo.locator('[data-part="engine-choice"]').count()) > 0;
  expect(trainedOn, `demo "${id}" does not say which engine trained it`).toMatch(bound ? /^tfjs$/ : /^(lab|tfjs|mixed)$/);
  await expect(demo.locator('[data-part="backend"]'), `demo "${id}" shows no engine on its bar`).toHaveText(ENGINE_LABEL);
  test.info().annotations.push({ type: 'demo', description: `${page.url()} ${id}: ${value} in ${seconds} s on ${trainedOn}` });
}

for (const chapterPath of chapters) {
  test(`every demo and cell on ${chapterPath} runs and reaches its target`, async ({ page }) => {
    await page.goto(chapterPath);
    const demos = page.locator('[data-demo]');
    const cells = page.locator('[data-cell]:not([data-exercise] [data-cell])');
    const demoCount = await demos.count();
    const cellCount = await cells.count();
    expect(demoCount + cellCount, `${chapterPath} has no demo and no runnable cell`).toBeGreaterThan(0);
    test.setTimeout(PAGE_TIMEOUT_MS + demoCount * DEMO_TIMEOUT_MS + cellCount * CELL_TIMEOUT_MS);

    const ids = await demos.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.demo));
    expect(new Set(ids).size, `data-demo ids repeat on ${chapterPath}: ${ids.join(', ')}`).toBe(ids.length);

    for (let index = 0; index < cellCount; index++) await runCell(cells.nth(index), index);
    for (let index = 0; index < demoCount; index++) await trainDemo(page, demos.nth(index));
  });
}

/** Chapters whose built page has at least one demo, read from the build when the specs are collected. */
const chaptersWithDemos = chapters.filter((chapterPath) => builtHtml(chapterPath).includes('data-demo='));

test('at least one chapter has a demo to train on TensorFlow.js', () => {
  expect(chaptersWithDemos.length).toBeGreaterThan(0);
});

for (const chapterPath of chaptersWithDemos) {
  test(`every demo on ${chapterPath} trains on TensorFlow.js with ?engine=tfjs and reaches its target`, async ({ page }) => {
    await page.goto(`${chapterPath}?engine=tfjs`);
    const demos = page.locator('[data-demo]');
    const demoCount = await demos.count();
    expect(demoCount).toBeGreaterThan(0);
    test.setTimeout(PAGE_TIMEOUT_MS + demoCount * DEMO_TIMEOUT_MS);
    for (let index = 0; index < demoCount; index++) await trainDemo(page, demos.nth(index), 'tfjs');
  });
}
