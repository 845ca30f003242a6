/**
 * Driving notebook cells through their public element API (the same one Edit, Reset and the
 * exercises use): run() resolves when the kernel has run the cell, setSource() replaces its code.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The first run loads TensorFlow.js on a shared, slow machine. */
export const KERNEL_START_MS = 90_000;

interface CellElement extends HTMLElement {
  run(): Promise<void>;
  setSource(code: string): Promise<void>;
  reset(): void;
}

export async function setCellSource(cell: Locator, code: string): Promise<void> {
  await cell.evaluate((element, source) => (element as CellElement).setSource(source), code);
}

/** Runs the cell and returns the state it ended in (done or error). */
export async function runCell(cell: Locator, timeout = KERNEL_START_MS): Promise<string> {
  await cell.evaluate((element) => (element as CellElement).run(), undefined, { timeout });
  await expect(cell).toHaveAttribute('data-state', /^(done|error)$/);
  return (await cell.getAttribute('data-state'))!;
}

/**
 * tf.memory().numTensors as the kernel sees it, read by running a probe in the page's first cell,
 * which is then reset to its own code.
 */
export async function kernelTensorCount(page: Page): Promise<number> {
  const probe = page.locator('notebook-cell').first();
  await setCellSource(probe, 'tf.memory().numTensors');
  expect(await runCell(probe), 'the tensor probe ran').toBe('done');
  const count = Number((await probe.locator('[data-part="output"]').innerText()).trim());
  await probe.evaluate((element) => (element as CellElement).reset());
  expect(Number.isInteger(count), 'the probe printed a whole number').toBe(true);
  return count;
}

export async function restartKernel(page: Page): Promise<void> {
  await page.locator('kernel-toolbar').getByRole('button', { name: 'Restart' }).click();
  await expect(page.locator('kernel-toolbar [data-part="status"]')).toContainText('Restarted');
}
