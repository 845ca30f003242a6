/**
 * No cell leaks tensors (issue 14): on every chapter, run every cell once in page order (exercise
 * cells included, whose unsolved checks end in an error), then Restart. Restart frees what the cells
 * kept in the page scope, so afterwards tf.memory().numTensors must be back where it was before the
 * first cell ran. A tensor that only a finished cell's temporaries held would still be counted.
 */
import { test, expect } from './support/guarded-page';
import { builtHtml, chapterPaths } from './support/site-pages';
import { KERNEL_START_MS, kernelTensorCount, restartKernel, runCell } from './support/notebook-actions';

const CELL_MS = 60_000;
const cellsOn = (path: string): number => builtHtml(path).match(/<notebook-cell\b/g)?.length ?? 0;

for (const path of chapterPaths()) {
  test(`${path}: after every cell has run, a Restart leaves as many tensors as before the first`, async ({ page }) => {
    const count = cellsOn(path);
    test.setTimeout(KERNEL_START_MS + count * CELL_MS);
    await page.goto(path);
    const before = await kernelTensorCount(page);
    const states: string[] = [];
    for (const cell of await page.locator('notebook-cell').all()) states.push(await runCell(cell, CELL_MS));
    const inExercises = await page.locator('[data-exercise] notebook-cell').count();
    expect(states.filter((state) => state === 'done').length, `cells that ran cleanly: ${states.join(' ')}`).toBeGreaterThanOrEqual(count - inExercises);
    await restartKernel(page);
    expect(await kernelTensorCount(page), 'tensors alive after a Restart, against before the first cell ran').toBe(before);
  });
}
