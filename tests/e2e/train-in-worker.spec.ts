/**
 * A run whose single step would block the page trains in a Web Worker (components/ui/demo-run/
 * run-worker.ts, lab's planNeedsWorker): chapter 9's three-frameworks widget on MNIST with 4 hidden
 * layers of 64 and batches of 1,024 (one whole-batch step measured at 55–74 ms of CPU on the main
 * thread). In the worker no main-thread task takes over 50 ms of CPU (Chrome trace, as long-runs.spec
 * measures), and it ends with the same test accuracy and readout as the same settings forced onto the
 * page (?train-in=page); Stop ends a worker run. The guarded page fails on any request off the
 * site's origin, so the worker's tfjs and wasm files are the site's own; a CSP violation is a
 * console error, which fails it too.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { builtSiteDir } from './support/built-site';
import { chapterPaths } from './support/site-pages';
import { mainThreadTasks, TASK_TRACE_CATEGORIES } from './support/trace-tasks.mjs';

const TRAIN_TIMEOUT_MS = 400_000;
const LONG_TASK_MS = 50;
const EPOCHS = 2;

function chapter(): string {
  const path = chapterPaths().find((candidate) => candidate.includes('in-your-framework'));
  if (!path) throw new Error('no in-your-framework chapter in the build');
  return path;
}

/** Opens chapter 9 (with `query`) and sets the three-frameworks widget to MNIST, 4 × 64, batches of 1,024. */
async function bigMnist(page: Page, query: string, epochs = EPOCHS): Promise<Locator> {
  await page.goto(`${chapter()}${query}`);
  const root = page.locator('[data-demo="three-frameworks"]');
  await root.scrollIntoViewIfNeeded();
  await root.getByLabel('Data set').selectOption('mnist');
  await root.getByLabel('Hidden layers').fill('4');
  await root.getByLabel('Units per layer').fill('64');
  await root.getByLabel('Batch size').fill('1024');
  await root.getByLabel('Epochs').fill(String(epochs));
  // Leave the field as a reader does before Train (its change event rewrites the code); the code follows
  // the settings a moment later: let it settle, so its rewrite (a 2.5 MB CSV of MNIST) is not traced with the run.
  await root.getByLabel('Epochs').blur();
  const code = root.locator('[data-code="tfjs"]');
  await expect(code).toContainText('const HIDDEN_UNITS = [64, 64, 64, 64];');
  await expect(code).toContainText(`const EPOCHS = ${epochs};`);
  await expect(code).toContainText('const BATCH_SIZE = 1024;');
  return root;
}

/** Gaps (ms, wall clock) between the page's animation frames, recorded from now until read. */
async function watchFrames(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __frames: number[] }).__frames = times;
    const tick = (time: number) => {
      times.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return async () => page.evaluate(() => {
    const times = (window as unknown as { __frames: number[] }).__frames;
    return times.slice(1).map((time, index) => time - times[index]!);
  });
}

interface Trained {
  tasks: number[];
  /** The three longest tasks: CPU ms, when after the first, and the longest work inside. */
  longest: string[];
  frameGaps: number[];
  value: string | null;
  readout: string;
  bar: string;
}

async function trainTraced(page: Page, browser: import('@playwright/test').Browser, root: Locator): Promise<Trained> {
  const gaps = await watchFrames(page);
  await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
  try {
    // A DOM click: Playwright's own click does hit-target work on the page's main thread.
    await root.getByRole('button', { name: /^Train/ }).evaluate((button: HTMLButtonElement) => button.click());
    await expect(root).toHaveAttribute('data-state', 'done', { timeout: TRAIN_TIMEOUT_MS });
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const traced = mainThreadTasks(await browser.stopTracing()).tasks;
  const start = traced[0]?.ts ?? 0;
  const longest = [...traced].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 3)
    .map((task) => `${task.cpuMs.toFixed(1)} ms at +${Math.round((task.ts - start) / 1000)} ms (${task.inside})`);
  return {
    tasks: traced.map((task) => task.cpuMs),
    longest,
    frameGaps: await gaps(),
    value: await root.getAttribute('data-value'),
    readout: (await root.locator('[data-part="readout"]').textContent()) ?? '',
    bar: (await root.locator('[data-part="backend"]').textContent()) ?? '',
  };
}

function summary(label: string, run: Trained): string {
  const sorted = [...run.frameGaps].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? NaN;
  const over = run.tasks.filter((ms) => ms > LONG_TASK_MS).map(Math.round);
  return `${label}: ${run.tasks.length} tasks, longest ${Math.max(...run.tasks).toFixed(1)} ms CPU, over ${LONG_TASK_MS}: [${over.join(', ')}]; ` +
    `${run.frameGaps.length} frame gaps, longest ${Math.max(...sorted).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (wall); value ${run.value}; bar "${run.bar}"; longest tasks: ${run.longest.join('; ')}`;
}

test.describe('training in a Web Worker', () => {
  test.describe.configure({ timeout: 2 * TRAIN_TIMEOUT_MS });

  test('chapter 9 on MNIST, 4 × 64, batches of 1,024: trains in the worker with no main-thread task over 50 ms, as accurate as on the page', async ({ page, browser }) => {
    const root = await bigMnist(page, '');
    const worker = await trainTraced(page, browser, root);
    console.log(summary('worker', worker));
    await expect(root).toHaveAttribute('data-train-in', 'worker');
    expect(worker.bar).toMatch(/^TensorFlow\.js · wasm · in a background thread$/);
    expect(worker.readout).toContain(`after ${EPOCHS} epochs on wasm`);
    expect(worker.tasks.length).toBeGreaterThan(0);
    const over = worker.tasks.filter((ms) => ms > LONG_TASK_MS).map(Math.round);
    expect(Math.max(...worker.tasks), `tasks over ${LONG_TASK_MS} ms of CPU: ${over.join(', ')}`).toBeLessThanOrEqual(LONG_TASK_MS);

    const pageRoot = await bigMnist(page, '?train-in=page');
    const onPage = await trainTraced(page, browser, pageRoot);
    console.log(summary('page', onPage));
    await expect(pageRoot).toHaveAttribute('data-train-in', 'page');
    expect(onPage.bar).toBe('TensorFlow.js · wasm');
    // The same seeded run, wherever it trained: the same test accuracy and the same readout.
    expect(worker.value).not.toBeNull();
    expect(worker.value).toBe(onPage.value);
    expect(worker.readout).toBe(onPage.readout);
  });

  test('Stop ends a run in the worker, and the next Train starts afresh', async ({ page }) => {
    const root = await bigMnist(page, '', 50);
    await root.getByRole('button', { name: /^Train/ }).click();
    await expect(root).toHaveAttribute('data-train-in', 'worker');
    await expect(root).toHaveAttribute('data-state', 'running');
    // Wait for the worker's first progress report, then stop.
    await expect.poll(async () => Number(await root.locator('[data-part="progress"]').getAttribute('aria-valuenow') ?? 0), { timeout: TRAIN_TIMEOUT_MS }).toBeGreaterThan(0);
    await root.getByRole('button', { name: /^Stop/ }).click();
    await expect(root).toHaveAttribute('data-state', 'idle', { timeout: 60_000 });
    await expect(root.locator('[data-part="status"]')).toContainText(/^Stopped/);
    await expect(root.getByRole('button', { name: /^Train/ })).toBeVisible();
  });

  test('?train-in=worker sends even a small default run to the worker, which reaches the demo\'s target', async ({ page }) => {
    await page.goto(`${chapter()}?train-in=worker`);
    const root = page.locator('[data-demo="three-frameworks"]');
    await root.scrollIntoViewIfNeeded();
    await root.getByRole('button', { name: /^Train/ }).click();
    await expect(root).toHaveAttribute('data-state', 'done', { timeout: TRAIN_TIMEOUT_MS });
    await expect(root).toHaveAttribute('data-train-in', 'worker');
    const target = Number((await root.getAttribute('data-target'))?.replace(/[^0-9.]/g, ''));
    expect(Number(await root.getAttribute('data-value'))).toBeGreaterThanOrEqual(target);
    await expect(root.locator('[data-part="backend"]')).toContainText('in a background thread');
  });
});

test('the worker and the page name each wasm binary alike, so it is fetched once for both', () => {
  const assets = path.join(builtSiteDir(), '_astro');
  const binaries = readdirSync(assets).filter((name) => name.endsWith('.wasm'));
  expect(binaries.length).toBeGreaterThan(0);
  const digests = binaries.map((name) => createHash('sha256').update(readFileSync(path.join(assets, name))).digest('hex'));
  expect(new Set(digests).size, `one file per binary, not one per bundle: ${binaries.join(', ')}`).toBe(binaries.length);
  const referenced = new Set<string>();
  for (const script of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    for (const match of readFileSync(path.join(assets, script), 'utf8').matchAll(/_astro\/([\w.-]+\.wasm)/g)) referenced.add(match[1]!);
  }
  expect([...referenced].sort()).toEqual([...binaries].sort());
});
