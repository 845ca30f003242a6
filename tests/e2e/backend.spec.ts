/**
 * The tfjs backend: when the preferred one cannot start, a demo falls back to another and says which
 * (forced with the test hook ?tf-backend=broken-wasm); ?tf-backend=wasm runs on wasm binaries served
 * from our own origin; ?debug-tensors exposes tf.memory() for the benchmark, and only with the flag.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { chapterPathsFromBuiltLanding } from './support/built-site';

const TRAIN_TIMEOUT_MS = 120_000;

async function firstDemo(page: Page, query: string) {
  const [chapterPath] = chapterPathsFromBuiltLanding();
  await page.goto(`${chapterPath!}?${query}`);
  const demo = page.locator('[data-demo]').first();
  await demo.scrollIntoViewIfNeeded();
  return demo;
}

async function trainToDone(page: Page, query: string) {
  const demo = await firstDemo(page, query);
  const backend = demo.locator('[data-part="backend"]');
  await expect(backend).not.toBeEmpty({ timeout: 60_000 });
  await demo.getByRole('button', { name: /^[^\p{L}\p{N}]*(Train|Run)/u }).first().click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: TRAIN_TIMEOUT_MS });
  return (await backend.textContent()) ?? '';
}

test('a backend that fails to start falls back to cpu, the demo says so and still trains', async ({ page }) => {
  const label = await trainToDone(page, 'tf-backend=broken-wasm');
  expect(label).toMatch(/cpu \(wasm failed to start\)/);
});

test('?tf-backend=wasm trains on wasm binaries fetched from our own origin', async ({ page, baseURL }) => {
  const wasmResponses: { url: string; type: string }[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.wasm')) wasmResponses.push({ url: response.url(), type: response.headers()['content-type'] ?? '' });
  });
  const label = await trainToDone(page, 'tf-backend=wasm');
  expect(label).toMatch(/^(lab engine \(checked against TensorFlow\.js\)|TensorFlow\.js) · wasm$/);
  expect(wasmResponses.length).toBeGreaterThan(0);
  for (const { url, type } of wasmResponses) {
    expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
    expect(type).toBe('application/wasm');
  }
});

test('?debug-tensors exposes the live tensor count, and nothing does without it', async ({ page }) => {
  const readCount = () => page.evaluate(() => (window as { __activationLabDebug?: { memory(): { numTensors: number } } })
    .__activationLabDebug?.memory().numTensors ?? null);
  const demo = await firstDemo(page, 'debug-tensors');
  await expect(demo.locator('[data-part="backend"]')).not.toBeEmpty({ timeout: 60_000 });
  expect(await readCount()).toEqual(expect.any(Number));

  const plain = await firstDemo(page, '');
  await expect(plain.locator('[data-part="backend"]')).not.toBeEmpty({ timeout: 60_000 });
  expect(await readCount()).toBeNull();
});
