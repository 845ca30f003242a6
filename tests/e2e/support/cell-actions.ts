/** What a reader does with notebook cells, for the cell specs: find, edit, run, wait. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './guarded-page';
import { builtHtml, chapterPaths } from './site-pages';

/** The first run starts the kernel worker (tfjs) on a shared, slow machine. */
export const KERNEL_START_MS = 60_000;
export const CELL_MS = 30_000;
export const FINISHED = /^(done|error)$/;

interface CellElement extends HTMLElement {
  setSource(code: string): Promise<void>;
}

export const cellCount = (path: string) => builtHtml(path).match(/<notebook-cell\b/g)?.length ?? 0;

/** A chapter with at least `cells` cells, for behaviour tests. */
export function chapterWithCells(cells: number): string | undefined {
  return chapterPaths().find((path) => cellCount(path) >= cells);
}

export function cell(page: Page, position: number): Locator {
  return page.locator(`notebook-cell[data-cell="cell-${position}"]`);
}

export function output(target: Locator): Locator {
  return target.locator('[data-part="output"]');
}

export function counter(target: Locator): Locator {
  return target.locator('[data-part="count"]');
}

export function kernelStatus(page: Page): Locator {
  return page.locator('kernel-toolbar [data-part="status"]');
}

/** Replaces a cell's code through the cell's own setSource() (what Edit and Reset use). */
export async function setSource(target: Locator, code: string): Promise<void> {
  await target.evaluate((element, source) => (element as CellElement).setSource(source), code);
}

/** Replaces a cell's code by typing it into its editor, as a reader would. */
export async function typeIntoEditor(page: Page, target: Locator, code: string): Promise<void> {
  const edit = target.getByRole('button', { name: /^Edit cell/ });
  if (await edit.isVisible()) await edit.click();
  const editor = target.getByRole('textbox', { name: /, editor$/ });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(code);
  await expect.poll(() => target.evaluate((element) => (element as unknown as { source: string }).source)).toBe(code);
}

function escapeRegExp(text: string): string {
  return text.replace(/[[\]*]/g, '\\$&');
}

/** Runs a cell with its Run button and waits for this run (a new execution count) to finish. */
export async function run(target: Locator, timeout = CELL_MS): Promise<string> {
  const before = await counter(target).textContent();
  await target.getByRole('button', { name: /^Run cell/ }).click();
  const unchanged = new RegExp(`^(${escapeRegExp(before!)}|\\[\\*\\])$`);
  await expect(counter(target)).not.toHaveText(unchanged, { timeout });
  await expect(target).toHaveAttribute('data-state', FINISHED);
  return (await target.getAttribute('data-state'))!;
}

/** Starts the kernel with a trivial cell so later timings measure only the code. */
export async function startKernel(page: Page, position = 1): Promise<void> {
  await setSource(cell(page, position), '1 + 1');
  expect(await run(cell(page, position), KERNEL_START_MS)).toBe('done');
  await expect(output(cell(page, position))).toHaveText('2');
}
