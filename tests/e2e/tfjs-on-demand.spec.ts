/**
 * TensorFlow.js on demand, and issue 18's 250 KB gzip of JavaScript once the first demo of each of the
 * nine chapters has run. A demo that trains on lab's engine from its network description loads no
 * tfjs at all (neither a tfjs chunk nor a .wasm binary, checked by the requests' names and by the
 * scripts' contents) and its bar names the lab engine with no backend; with ?engine=tfjs the same demo
 * loads tfjs and its wasm backend (checked for the bias race and for the first demos that once loaded
 * tfjs for their default run: the step perceptron's gradient descent, Swish against ReLU's trained β
 * and the learned mix). The two first demos that are about tfjs itself load only what they use: the
 * derivative lab (tf.grad) tfjs-core and the wasm backend without layers, the three-frameworks widget
 * (a TensorFlow.js model) layers too; neither fetches the cpu backend's code.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { chapterPathsFromBuiltLanding } from './support/built-site';
import { FINISHED, RUN_TIMEOUT_MS, trainButton, wakeDemo } from './support/demo-actions';

/** tfjs's chunks are named after their entries: lab/tfjs-core-browser.ts, tfjs-cpu-browser.ts (the cpu backend) and tfjs-browser.ts (layers). */
const TFJS_CHUNK = /\/tfjs-(core-|cpu-)?browser[^/]*\.js$/;
const TFJS_CORE_CHUNK = /\/tfjs-core-browser[^/]*\.js$/;
const TFJS_CPU_CHUNK = /\/tfjs-cpu-browser[^/]*\.js$/;
const TFJS_LAYERS_CHUNK = /\/tfjs-browser[^/]*\.js$/;
const WASM_FILE = /\.wasm$/;
/** A message only tfjs-core carries. */
const TFJS_MARKER = 'Tensor is disposed';
const TARGET_GZIP_BYTES = 250 * 1024;

const chapter = (slug: string): string => {
  const path = chapterPathsFromBuiltLanding().find((candidate) => candidate.includes(slug));
  expect(path, `the chapter ${slug}`).toBeDefined();
  return path!;
};

/** Chapters whose first demo trains on lab's engine by default, that demo's id, and whether it is checked once more on ?engine=tfjs. */
const LAB_FIRST_DEMOS = [
  { slug: 'the-artificial-neuron', demo: 'neuron', forced: false },
  { slug: 'the-bias', demo: 'bias-race', forced: true },
  { slug: 'step-linear-nonlinear', demo: 'step-perceptron', forced: true },
  { slug: 'the-nonlinear-family', demo: 'softmax-classes', forced: false },
  { slug: 'swish', demo: 'swish-vs-relu', forced: true },
  { slug: 'learning-the-activation', demo: 'learned-activation', forced: true },
  { slug: 'how-to-choose', demo: 'capacity', forced: false },
];

/** Chapters whose first demo uses TensorFlow.js itself, and whether it needs tfjs-layers (a model) or only tfjs-core. */
const TFJS_FIRST_DEMOS = [
  { slug: 'derivatives-and-backpropagation', demo: 'derivative-lab', layers: false },
  { slug: 'in-your-framework', demo: 'three-frameworks', layers: true },
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

const requested = (urls: string[], chunk: RegExp): string[] => urls.filter((url) => chunk.test(new URL(url).pathname));

/** The gzip size (level 6, as the bench counts) of every script body, recorded as an annotation. */
function gzipTotal(bodies: Buffer[], demoId: string): number {
  const gzipBytes = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0);
  test.info().annotations.push({ type: `JS after ${demoId} trained (gzip)`, description: `${(gzipBytes / 1024).toFixed(1)} KB in ${bodies.length} files` });
  return gzipBytes;
}

async function trainFirstDemo(page: Page, path: string, beforeTrain?: () => Promise<void>) {
  await page.goto(path);
  const demo = page.locator('[data-demo]').first();
  await wakeDemo(demo);
  await beforeTrain?.();
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
    expect(requested(watch.urls, TFJS_CHUNK), 'tfjs chunk requested').toEqual([]);
    expect(requested(watch.urls, WASM_FILE), '.wasm requested').toEqual([]);
    const bodies = await watch.bodies();
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((body) => body.toString('utf8').includes(TFJS_MARKER)), 'a script carrying tfjs-core').toHaveLength(0);
    expect(gzipTotal(bodies, demoId)).toBeLessThanOrEqual(TARGET_GZIP_BYTES);
  });
}

for (const { slug, demo: demoId } of LAB_FIRST_DEMOS.filter(({ forced }) => forced)) {
  test(`?engine=tfjs loads TensorFlow.js and its wasm backend on demand for ${demoId}`, async ({ page }) => {
    const watch = watchRequests(page);
    const demo = await trainFirstDemo(page, `${chapter(slug)}?engine=tfjs`);
    await expect(demo).toHaveAttribute('data-demo', demoId);
    await expect(demo).toHaveAttribute('data-engine', 'tfjs');
    await expect(demo.locator('[data-part="backend"]')).toHaveText(/^TensorFlow\.js · wasm$/);
    expect(requested(watch.urls, TFJS_CHUNK), 'tfjs chunk requested').not.toEqual([]);
    expect(requested(watch.urls, WASM_FILE), '.wasm requested').not.toEqual([]);
  });
}

for (const { slug, demo: demoId, layers } of TFJS_FIRST_DEMOS) {
  test(`${demoId} trains on TensorFlow.js's wasm backend with ${layers ? 'core and layers' : 'tfjs-core alone'}, within the JS budget`, async ({ page }) => {
    const watch = watchRequests(page);
    // A demo that builds tfjs models fetches layers as it mounts, not after its data set on Train.
    const layersBeforeTrain = async () => expect.poll(() => requested(watch.urls, TFJS_LAYERS_CHUNK).length).toBe(1);
    const demo = await trainFirstDemo(page, chapter(slug), layers ? layersBeforeTrain : undefined);
    await expect(demo).toHaveAttribute('data-demo', demoId);
    await expect(demo).toHaveAttribute('data-engine', 'tfjs');
    await expect(demo.locator('[data-part="backend"]')).toHaveText(/^TensorFlow\.js · wasm$/);
    expect(requested(watch.urls, TFJS_CORE_CHUNK), 'tfjs-core chunk requested').toHaveLength(1);
    expect(requested(watch.urls, TFJS_LAYERS_CHUNK), 'tfjs-layers chunk requested').toHaveLength(layers ? 1 : 0);
    expect(requested(watch.urls, TFJS_CPU_CHUNK), 'cpu backend chunk requested').toEqual([]);
    expect(requested(watch.urls, WASM_FILE), '.wasm requested').not.toEqual([]);
    expect(gzipTotal(await watch.bodies(), demoId)).toBeLessThanOrEqual(TARGET_GZIP_BYTES);
  });
}
