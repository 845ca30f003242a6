/**
 * What a reader downloads once the first demo of a chapter trains on TensorFlow.js: core + layers +
 * the wasm backend (the cpu backend's code only if it starts), never the umbrella package (its webgl
 * backend and graph-model converter), and no KaTeX code (formulas are rendered when the site is
 * built). The gzip total is checked against a budget that stops a regression such as the umbrella
 * package coming back (about 80 KB more); issue 18's 250 KB for each chapter's default first demo is
 * held by tfjs-on-demand.spec.ts.
 */
import { gzipSync } from 'node:zlib';
import { test, expect } from './support/guarded-page';
import { chapterPathsFromBuiltLanding } from './support/built-site';
import { TRAIN_BUTTON } from './support/demo-actions';

/** Flag names that only the webgl backend and the converter register, and an error message of KaTeX's parser. */
const UNUSED_CODE = { 'the webgl backend': 'WEBGL_VERSION', 'the graph-model converter': 'KEEP_INTERMEDIATE_TENSORS', KaTeX: 'KaTeX parse error' };
const TFJS_MARKER = 'Tensor is disposed';
/**
 * Just above today's 311 KB with TensorFlow.js (tfjs-core, layers and the wasm backend in chunks of
 * their own, loaded on demand, beside lab's array engine with a kernel for every catalog activation):
 * the umbrella package coming back would add about 80 KB. Without tfjs this demo needs 160 KB.
 */
const JS_GZIP_BUDGET = 330 * 1024;

test('the first demo of the bias chapter trains with slim tfjs (?engine=tfjs), no KaTeX, within the JS budget', async ({ page }) => {
  const chapterPath = chapterPathsFromBuiltLanding().find((path) => path.includes('the-bias'));
  expect(chapterPath, 'the bias chapter').toBeDefined();
  // On the default engine this demo loads no tfjs at all (tfjs-on-demand.spec.ts); TensorFlow.js is asked for here to check what it ships.
  const bodies = new Map<string, Promise<Buffer | undefined>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || bodies.has(response.url())) return;
    bodies.set(response.url(), response.body().catch(() => undefined));
  });
  await page.goto(`${chapterPath!}?engine=tfjs`);
  const demo = page.locator('[data-demo]').first();
  await demo.scrollIntoViewIfNeeded();
  await demo.getByRole('button', { name: TRAIN_BUTTON }).first().click();
  await expect(demo).not.toHaveAttribute('data-state', 'idle', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');

  const scripts = (await Promise.all(bodies.values())).filter((body): body is Buffer => body !== undefined);
  const text = scripts.map((body) => body.toString('utf8'));
  expect(text.some((body) => body.includes(TFJS_MARKER)), 'tfjs should have loaded for the demo').toBe(true);
  for (const [what, marker] of Object.entries(UNUSED_CODE)) {
    expect(text.filter((body) => body.includes(marker)), `${what} was shipped`).toHaveLength(0);
  }
  const gzipBytes = scripts.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0);
  test.info().annotations.push({ type: 'JS after the first demo starts (gzip)', description: `${(gzipBytes / 1024).toFixed(1)} KB in ${scripts.length} files` });
  expect(gzipBytes).toBeLessThanOrEqual(JS_GZIP_BUDGET);
});

test('the activation explorer shows formulas KaTeX rendered at build time, with no KaTeX code in the page', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  await page.goto('/chapters/the-nonlinear-family/?fn=swish&beta=1.23&fn=elu&alpha=0.5');
  const explorer = page.locator('activation-explorer');
  await explorer.scrollIntoViewIfNeeded();
  await expect(explorer.getByRole('group', { name: 'Curve 1' })).toBeVisible({ timeout: 60_000 });
  const formulas = explorer.locator('[data-part="formulas"] .formula');
  await expect(formulas).toHaveCount(2);
  await expect(formulas.first()).toHaveAttribute('aria-label', /Swish/);
  await expect(formulas.first().locator('.katex')).toHaveCount(2);
  const ranges = explorer.locator('[data-part="properties"] tbody tr').first().locator('td');
  // β = 1.23 lies between the slider's steps, so Swish's minimum is not in the build's table: plain text.
  await expect(ranges.first()).toHaveText(/^\[≈ −0\.\d{4}, ∞\)$/);
  await expect(ranges.nth(1).locator('.katex')).toHaveCount(1);

  await explorer.getByRole('group', { name: 'Curve 2' }).getByLabel('Function').selectOption('softplus');
  await expect(formulas.nth(1)).toHaveAttribute('aria-label', /Softplus/);
  await expect(formulas.nth(1).locator('.katex')).toHaveCount(2);
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(scripts);
  expect(bodies.filter((body) => body.includes(UNUSED_CODE.KaTeX)), 'KaTeX code was shipped').toHaveLength(0);
});
