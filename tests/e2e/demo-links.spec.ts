/**
 * "Copy link" on every demo (issue 17, item 4): a changed setting and seed travel in the copied
 * address to a new page, come back through the form's validators and bring the demo into view; a
 * hostile link is refused field by field with a notice shown as text; a refused clipboard leaves
 * a visible link to copy by hand. Demos are found in the built site, so a new one is covered at once.
 */
import type { Locator } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { demoById, MOUNT_TIMEOUT_MS, MOUNTED_LABEL, numberLimits, openDemo } from './support/demo-actions';
import { builtHtml, chapterPaths } from './support/site-pages';
import { watchForInjection } from './support/injection-watch';

const INJECTION = '"><img src=x onerror=alert(1)>';
/** The bench keeps its own settings form (not the shared one); its second setting is the data seed. */
const BENCH_SECOND_SETTING = (id: string) => `#${id}-data-seed`;

const demos = chapterPaths().flatMap((path) => [...builtHtml(path).matchAll(/data-demo="([^"]+)"/g)].map((match) => ({ path, id: match[1]! })));

function linkStatus(demo: Locator): Locator {
  return demo.locator('[data-part="link-status"]');
}

/** Waits for the demo's module without scrolling to it (it then names its tfjs backend or the lab engine). */
async function mounted(demo: Locator): Promise<void> {
  await expect(demo.locator('[data-part="backend"]').first()).toHaveText(MOUNTED_LABEL, { timeout: MOUNT_TIMEOUT_MS });
}

/** Another valid value: one step (or, without a step, half the value) up, or down at the top of the range. */
async function nextNumber(input: Locator): Promise<string> {
  const { min = -Infinity, max = Infinity, value } = await numberLimits(input);
  const current = Number(value);
  const step = Number(await input.getAttribute('step')) || Math.abs(current / 2) || 1;
  const next = [current + step, current - step].find((candidate) => candidate >= min && candidate <= max)!;
  return String(Number(next.toPrecision(12)));
}

/** Changes a number input or a select to another valid value; returns the new value. */
async function change(control: Locator): Promise<string> {
  if ((await control.evaluate((element) => element.localName)) === 'select') {
    const current = await control.inputValue();
    const other = (await control.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).find((value) => value !== current)!;
    await control.selectOption(other);
    return other;
  }
  const value = await nextNumber(control);
  await control.fill(value);
  await control.blur();
  return value;
}

test('the built site has demos to share', () => {
  expect(demos.length).toBeGreaterThan(5);
});

for (const { path, id } of demos) {
  test(`${id}: Copy link carries a changed setting and the seed to a new page, restored and in view`, async ({ page, context }) => {
    test.setTimeout(150_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const demo = await openDemo(page, path, id);
    const seed = demo.locator(`#${id}-seed`);
    const second = (await demo.locator('[data-setting]').count()) > 0
      ? demo.locator('input[data-setting]:not([data-setting="seed"]), select[data-setting]').first()
      : demo.locator(BENCH_SECOND_SETTING(id));
    const wanted = new Map<string, string>();
    wanted.set(`#${await seed.getAttribute('id')}`, await change(seed));
    if (await second.count()) wanted.set(`#${await second.getAttribute('id')}`, await change(second));

    await demo.getByRole('button', { name: 'Copy link' }).click();
    await expect(linkStatus(demo)).toHaveText('Link copied.');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(url).hash).toBe(`#${id}`);
    expect(url).toBe(page.url());

    const opened = await context.newPage();
    await opened.goto(url);
    const restored = demoById(opened, id);
    await mounted(restored);
    for (const [selector, value] of wanted) await expect(opened.locator(selector), `${selector} restored`).toHaveValue(value);
    await expect(linkStatus(restored)).toBeHidden();
    await expect(restored).toBeInViewport();
    await opened.close();
  });
}

/** A demo on the shared settings form (the bench keeps its own, tested in experiment-bench.spec.ts). */
const formDemo = demos.find(({ id }) => id !== 'experiment-bench')!;

test(`a hostile link to ${formDemo.id} is refused field by field, with a notice as text; the demo keeps its own settings and comes into view`, async ({ page }) => {
  const check = await watchForInjection(page);
  const { path, id } = formDemo;
  const defaultSeed = await (await openDemo(page, path, id)).locator(`#${id}-seed`).inputValue();
  const hostile = new URLSearchParams([[`${id}.seed`, INJECTION], [`${id}.seed`, '3'], [`${id}.${INJECTION}`, '1'], ...Array.from({ length: 30 }, (_, at) => [`${id}.x${at}`, '1'] as [string, string])]);
  await page.goto(`${path}?${hostile}#${id}`);
  const demo = demoById(page, id);
  await mounted(demo);
  await expect(linkStatus(demo)).toContainText('This link asked for settings the demo cannot use');
  await expect(linkStatus(demo)).toContainText(/Seed/);
  await expect(linkStatus(demo)).toContainText(INJECTION.slice(0, 20));
  await expect(linkStatus(demo).locator('li')).toHaveCount(7);
  await expect(demo.locator(`#${id}-seed`)).toHaveValue(defaultSeed);
  await expect(demo.locator(`#${id}-seed`)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(demo).toBeInViewport();
  await check();
});

test('when the clipboard is refused, Copy link shows the link to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) } });
  });
  const { path, id } = formDemo;
  const demo = await openDemo(page, path, id);
  await demo.getByRole('button', { name: 'Copy link' }).click();
  await expect(linkStatus(demo)).toContainText('Copying is not allowed here');
  const shown = linkStatus(demo).getByRole('link');
  await expect(shown).toBeVisible();
  expect(new URL((await shown.getAttribute('href'))!).searchParams.get(`${id}.seed`)).toBe(await demo.locator(`#${id}-seed`).inputValue());
});
