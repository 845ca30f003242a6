/**
 * A chapter page ships only a small amount of JavaScript up front; Plot arrives only once a widget
 * comes near the screen, and tfjs only when a demo needs it (chapter 1's neuron never does).
 */
import { gzipSync } from 'node:zlib';
import { test, expect } from './support/guarded-page';
import { chapterPathsFromBuiltLanding } from './support/built-site';
import { MOUNTED_LABEL } from './support/demo-actions';

/** Strings that exist only in the tfjs and Plot bundles (an error message of tfjs-core's, Plot's class name). */
const TFJS_MARKER = 'Tensor is disposed';
const PLOT_MARKER = 'plot-d6a7b5';
const INITIAL_JS_GZIP_LIMIT = 50 * 1024;
/** Short enough that the chapter's widget starts more than two screens (the loader's margin) down. */
const VIEWPORT = { width: 1280, height: 500 };

interface LoadedScript {
  url: string;
  body: string;
}

test.use({ viewport: VIEWPORT });

test('chapter 1 loads no tfjs or Plot code until its widget is near, and little JS before that', async ({ page }) => {
  const [chapterPath] = chapterPathsFromBuiltLanding();
  expect(chapterPath).toBeDefined();
  const scripts: LoadedScript[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(response.text().then((body) => void scripts.push({ url: response.url(), body }), () => undefined));
  });
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  };
  const loaded = (marker: string) => scripts.some((script) => script.body.includes(marker));

  await page.goto(chapterPath!);
  await settle();
  const demo = page.locator('[data-demo]').first();
  const box = await demo.boundingBox();
  expect(box, 'chapter 1 should embed a widget').not.toBeNull();
  expect(box!.y, 'the widget must start over two screens down for this test to mean anything').toBeGreaterThan(2 * VIEWPORT.height);

  expect(loaded(TFJS_MARKER), 'tfjs was loaded before the widget came near').toBe(false);
  expect(loaded(PLOT_MARKER), 'Plot was loaded before the widget came near').toBe(false);
  const inline = await page.locator('script:not([src])').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  const initialBytes = [...scripts.map((script) => script.body), ...inline].reduce((sum, body) => sum + gzipSync(body).length, 0);
  test.info().annotations.push({ type: 'initial JS (gzip)', description: `${(initialBytes / 1024).toFixed(1)} KB in ${scripts.length} files + ${inline.length} inline` });
  expect(initialBytes).toBeLessThanOrEqual(INITIAL_JS_GZIP_LIMIT);

  await demo.scrollIntoViewIfNeeded();
  await expect.poll(() => loaded(PLOT_MARKER), { timeout: 30_000, message: 'Plot should load once the widget is near' }).toBe(true);
  await expect(demo.locator('svg[role="img"]').first()).toBeVisible({ timeout: 30_000 });
  // The neuron trains on lab's engine from its description: mounted, it names that engine and tfjs stays away.
  await expect(demo.locator('[data-part="backend"]')).toHaveText(MOUNTED_LABEL, { timeout: 30_000 });
  await settle();
  expect(loaded(TFJS_MARKER), 'tfjs was loaded for a demo that trains on the lab engine').toBe(false);
});

test('a Train click that arrives before the widget has loaded is not lost', async ({ page }) => {
  const [chapterPath] = chapterPathsFromBuiltLanding();
  await page.goto(chapterPath!);
  await page.waitForLoadState('networkidle');
  const demo = page.locator('[data-demo]').first();
  await expect(demo.locator('svg[role="img"]'), 'the widget should not have loaded yet').toHaveCount(0);
  // A synthetic click does not scroll, so the click itself is what has to load the widget.
  await demo.getByRole('button', { name: /^Train/ }).dispatchEvent('click');
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
});
