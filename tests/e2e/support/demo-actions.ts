/**
 * What the robustness tests do to a demo, through the demo contract only (data-state, the Train/Stop
 * buttons, [data-part="status"], labelled fields), so any widget can be driven the same way.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { builtHtml, chapterPaths } from './site-pages';

/** Per the contract: an accessible name starting with Train or Run, after an optional symbol. */
export const TRAIN_BUTTON = /^[^\p{L}\p{N}]*(Train|Run)/u;
export const FINISHED = /^(done|diverged|error)$/;
/** Shared, slow CPUs: loading tfjs and a first run can take a while. */
export const MOUNT_TIMEOUT_MS = 60_000;
export const RUN_TIMEOUT_MS = 120_000;

export function demoById(page: Page, id: string): Locator {
  return page.locator(`[data-demo="${id}"]`);
}

export function trainButton(demo: Locator): Locator {
  return demo.getByRole('button', { name: TRAIN_BUTTON }).first();
}

export function stopButton(demo: Locator): Locator {
  return demo.getByRole('button', { name: /^Stop/ }).first();
}

export function statusLine(demo: Locator): Locator {
  return demo.locator('[data-part="status"]').first();
}

/** What a mounted demo's bar says before its first run: its tfjs backend, or the lab engine while TensorFlow.js is not loaded. */
export const MOUNTED_LABEL = /^(backend: |lab engine \(checked against TensorFlow\.js\)$)/;

/**
 * Waits until every section of a chapter has its real size (site/layouts/parts/chapter-sections.ts
 * lays them out one per idle period after load). Until then the sections not yet laid out count as
 * 60rem each, so a scroll to a demo computed early can end thousands of pixels away from it once the
 * sections above it take their real height, too far for the demo to load.
 */
export async function waitForChapterLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.prose > .prose-section:not([data-laid-out])') === null, undefined, { timeout: MOUNT_TIMEOUT_MS });
}

/**
 * Scrolls the demo near and waits until its module has mounted (it then names its tfjs backend or the
 * lab engine). A widget loads once the reader has acted on the page (reader-activity.ts); when the demo
 * already sits on the first screen nothing scrolls, so a one-pixel turn of the wheel stands for that act.
 */
export async function wakeDemo(demo: Locator): Promise<void> {
  await waitForChapterLayout(demo.page());
  await demo.scrollIntoViewIfNeeded();
  await demo.page().mouse.wheel(0, 1);
  await expect(demo.locator('[data-part="backend"]').first()).toHaveText(MOUNTED_LABEL, { timeout: MOUNT_TIMEOUT_MS });
}

/** Opens a chapter and wakes one demo on it. */
export async function openDemo(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  const demo = demoById(page, id);
  await wakeDemo(demo);
  return demo;
}

/** Presses Train and waits for the run to end; returns the final data-state. */
export async function trainToEnd(demo: Locator, timeout = RUN_TIMEOUT_MS): Promise<string> {
  await trainButton(demo).click();
  await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout });
  return (await demo.getAttribute('data-state'))!;
}

/** The demo's number field with this label (a regular expression matched against the label text). */
export function field(demo: Locator, label: RegExp): Locator {
  return demo.getByRole('spinbutton', { name: label }).first();
}

/** Replaces a field's text as a reader would (select all, type), then leaves the field. */
export async function typeInto(input: Locator, text: string): Promise<void> {
  await input.click();
  await input.press('ControlOrMeta+A');
  await input.press('Backspace');
  if (text !== '') await input.pressSequentially(text);
  await input.blur();
}

/**
 * Asserts the page's main thread answers a script within `withinMs`: a frozen tab (a synchronous
 * 100,000-unit model build, an endless loop) would not.
 */
export async function expectResponsive(page: Page, withinMs = 3_000): Promise<void> {
  const answered = await Promise.race([
    page.evaluate(() => document.readyState).then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), withinMs)),
  ]);
  expect(answered, `the page did not answer a script within ${withinMs} ms`).toBe(true);
}

/** The chapter whose built page holds the demo with this data-demo id. */
export function chapterOfDemo(id: string): string {
  const path = chapterPaths().find((candidate) => builtHtml(candidate).includes(`data-demo="${id}"`));
  if (!path) throw new Error(`no chapter has the demo "${id}"`);
  return path;
}

/** A number input's own limits and current text. */
export async function numberLimits(input: Locator): Promise<{ min?: number; max?: number; value: string }> {
  return input.evaluate((element: HTMLInputElement) => ({
    min: element.min === '' ? undefined : Number(element.min),
    max: element.max === '' ? undefined : Number(element.max),
    value: element.value,
  }));
}

/** The reason shown under a refused field (NumberField's live error line). */
export function fieldError(input: Locator): Locator {
  return input.locator('xpath=..').locator('.error');
}
