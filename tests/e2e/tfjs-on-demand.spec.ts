/**
 * TensorFlow.js on demand: a demo that trains on lab's engine from its network description loads no
 * tfjs at all (neither the tfjs chunk nor a .wasm binary, checked by the requests' names and by the
 * scripts' contents), its bar names the lab engine with no backend, and the page's JavaScript stays
 * within issue 18's 250 KB gzip; with ?engine=tfjs the same demo loads tfjs and its wasm backend.
 * Checked for the bias race and for the first demos that once loaded tfjs for their default run: the
 * step perceptron (its gradient descent), Swish against ReLU (the trained β) and the learned mix.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { chapterPathsFromBuiltLanding } from './support/built-site';
import { FINISHED, RUN_TIMEOUT_MS, trainButton, wakeDemo } from './support/demo-actions';

/** The tfjs chunk is named after its entry, lab/tfjs-browser.ts. */
const TFJS_CHUNK = /\/tfjs-browser[^/]*\.js$/;
const WASM_FILE = /\.wasm$/;
/** A message only tfjs-core carries. */
const TFJS_MARKER = 'Tensor is disposed';
const TARGET_GZIP_BYTES = 250 * 1024;

const chapter = (slug: string): string => {
  const path = chapterPathsFromBuiltLanding().find((candidate) => candidate.includes(slug));
  expect(path, `the chapter ${slug}`).toBeDefined();
  return path!;
};

/** Chapters whose first demo trains on lab's engine by default, and that demo's id. */
const LAB_FIRST_DEMOS = [
  { slug: 'the-bias', demo: 'bias-race' },
  { slug: 'step-linear-nonlinear', demo: 'step-perceptron' },
  { slug: 'swish', demo: 'swish-vs-relu' },
  { slug: 'learning-the-activation', demo: 'learned-activation' },
];

/** Every request's URL and every script's body, from the first request on. */
function watchRequests(page: Page) {
  const urls: string[] = [];
  const scripts = new Map<string, Promise<Buffer | undefined>>();
  page.on('request', (request) => urls.push(request.url()));
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || scripts.has(response.url())) return;
    scripts.set(response.url(), response.body().catch(() => undefined));
  });
  return {
    urls,
    async bodies(): Promise<Buffer[]> {
      return (await Promise.all(scripts.values())).filter((body): body is Buffer => body !== undefined);
    },
  };
}

async function trainFirstDemo(page: Page, path: string) {
  await page.goto(path);
  const demo = page.locator('[data-demo]').first();
  await wakeDemo(demo);
  await trainButton(demo).click();
  await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
  await expect(demo).toHaveAttribute('data-state', 'done');
  await page.waitForLoadState('networkidle');
  return demo;
}

for (const { slug, demo: demoId } of LAB_FIRST_DEMOS) {
  test(`${demoId} on the lab engine trains to done without loading TensorFlow.js or any wasm`, async ({ page }) => {
    const watch = watchRequests(page);
    const demo = await trainFirstDemo(page, chapter(slug));
    await expect(demo).toHaveAttribute('data-demo', demoId);
    await expect(demo).toHaveAttribute('data-engine', 'lab');
    await expect(demo.locator('[data-part="backend"]')).toHaveText('lab engine (checked against TensorFlow.js)');
    expect(watch.urls.filter((url) => TFJS_CHUNK.test(new URL(url).pathname)), 'tfjs chunk requested').toEqual([]);
    expect(watch.urls.filter((url) => WASM_FILE.test(new URL(url).pathname)), '.wasm requested').toEqual([]);
    const bodies = await watch.bodies();
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((body) => body.toString('utf8').includes(TFJS_MARKER)), 'a script carrying tfjs-core').toHaveLength(0);
    const gzipBytes = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0);
    test.info().annotations.push({ type: `JS after ${demoId} trained (gzip)`, description: `${(gzipBytes / 1024).toFixed(1)} KB in ${bodies.length} files` });
    expect(gzipBytes).toBeLessThanOrEqual(TARGET_GZIP_BYTES);
  });

  test(`?engine=tfjs loads TensorFlow.js and its wasm backend on demand for ${demoId}`, async ({ page }) => {
    const watch = watchRequests(page);
    const demo = await trainFirstDemo(page, `${chapter(slug)}?engine=tfjs`);
    await expect(demo).toHaveAttribute('data-demo', demoId);
    await expect(demo).toHaveAttribute('data-engine', 'tfjs');
    await expect(demo.locator('[data-part="backend"]')).toHaveText(/^TensorFlow\.js · wasm$/);
    expect(watch.urls.filter((url) => TFJS_CHUNK.test(new URL(url).pathname)), 'tfjs chunk requested').not.toEqual([]);
    expect(watch.urls.filter((url) => WASM_FILE.test(new URL(url).pathname)), '.wasm requested').not.toEqual([]);
  });
}
