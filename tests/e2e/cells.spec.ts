/**
 * Notebook cells: Run all on every chapter (up to its exercises, whose unsolved checks stop it), editing, errors, runaway interruption, Plot output,
 * shared scope and Restart. Chapters come from the built landing page. Behaviour tests replace a
 * cell's code through the cell's own setSource() (what Edit and Reset use), except the editing test,
 * which types into CodeMirror. Any console error, page error or foreign request fails a test.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/guarded-page';
import { chapterPaths } from './support/site-pages';
import {
  cell, cellCount, CELL_MS, chapterWithCells, counter, FINISHED, KERNEL_START_MS, kernelStatus, output, run, setSource, startKernel,
} from './support/cell-actions';

const RUNAWAY_BUDGET_MS = 5_000;
const THEMES = ['light', 'dark'] as const;
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

const chapters = chapterPaths();
/** Behaviour tests need a page with at least two cells. */
const workbench = chapterWithCells(2);

test.describe('Run all on every chapter', () => {
  for (const path of chapters) {
    test(`${path}: every cell before the exercises runs without error and shows output; Run all then stops at the first unsolved check`, async ({ page }) => {
      const count = cellCount(path);
      expect(count, `${path} has at least one runnable cell`).toBeGreaterThan(0);
      test.setTimeout(KERNEL_START_MS + count * CELL_MS);
      await page.goto(path);
      const toolbar = page.locator('kernel-toolbar');
      await expect(toolbar).toHaveCount(1);
      const inExercise = await page.locator('notebook-cell').evaluateAll((nodes) => nodes.map((node) => node.closest('[data-exercise]') !== null));
      const firstExercise = inExercise.indexOf(true);
      const ordinary = firstExercise < 0 ? count : firstExercise;
      expect(inExercise.slice(ordinary).every(Boolean), 'no ordinary cell comes after the first exercise').toBe(true);

      await toolbar.getByRole('button', { name: 'Run all' }).click();
      for (let position = 1; position <= ordinary; position++) {
        const target = cell(page, position);
        await expect(target).toHaveAttribute('data-state', FINISHED, { timeout: position === 1 ? KERNEL_START_MS : CELL_MS });
        const state = await target.getAttribute('data-state');
        expect(state, `cell ${position}: ${await output(target).innerText()}`).toBe('done');
        await expect(output(target)).not.toBeEmpty();
      }
      let ran = ordinary;
      if (firstExercise >= 0) {
        const [answer, check] = [cell(page, ordinary + 1), cell(page, ordinary + 2)];
        await expect(answer, 'the starter answer cell runs').toHaveAttribute('data-state', 'done', { timeout: CELL_MS });
        await expect(check, 'the unsolved check stops Run all').toHaveAttribute('data-state', 'error', { timeout: CELL_MS });
        await expect(output(check)).toContainText('Not yet');
        ran += 2;
        for (let position = ran + 1; position <= count; position++) await expect(cell(page, position)).toHaveAttribute('data-state', 'idle');
      }
      const counters = await page.locator('[data-part="count"]').allTextContents();
      expect(counters).toEqual(Array.from({ length: count }, (_, index) => (index < ran ? `[${index + 1}]` : '[ ]')));
      await expect(toolbar).toHaveAttribute('data-kernel-state', 'idle');
      await expect(toolbar.locator('[data-part="status"]')).toContainText(/backend \w+/);
    });
  }
});

test.describe('cell behaviour', () => {
  test.beforeEach(async ({ page }) => {
    expect(workbench, 'a chapter with two or more cells to test them on').toBeTruthy();
    await page.goto(workbench!);
  });

  test('editing in CodeMirror and re-running shows the new output; Reset brings the original back', async ({ page }) => {
    const first = cell(page, 1);
    const original = await first.getAttribute('data-source');
    await first.getByRole('button', { name: /^Edit cell/ }).click();
    const editor = first.getByRole('textbox', { name: 'Code cell 1, editor' });
    await expect(editor).toBeFocused();
    await expect(first.locator('[data-part="code"]')).toBeHidden();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('const answer = 6 * 7;\nanswer');
    await page.keyboard.press('Shift+Enter');
    await expect(first).toHaveAttribute('data-state', FINISHED, { timeout: KERNEL_START_MS });
    await expect(output(first)).toHaveText('42');
    await expect(counter(first)).toHaveText('[1]');

    await first.getByRole('button', { name: /^Reset cell/ }).click();
    await expect(first.locator('.cm-editor')).toHaveCount(0);
    await expect(first.locator('[data-part="code"]')).toBeVisible();
    await expect(first.getByRole('button', { name: /^Edit cell/ })).toBeVisible();
    expect(await first.evaluate((element) => (element as unknown as { source: string }).source)).toBe(original);
    expect(await run(first)).toBe('done');
    await expect(output(first)).not.toHaveText('42');
    await expect(counter(first)).toHaveText('[2]');
  });

  test('console output, display() and the final value appear in order; console.error stays in the cell', async ({ page }) => {
    const first = cell(page, 1);
    await setSource(first, 'console.log("first");\ndisplay([{ a: 1, b: "x" }, { a: 2, b: "y" }]);\nconsole.error("only in the cell");\nconsole.warn("careful");\n"last" // a comment on the last line');
    expect(await run(first, KERNEL_START_MS)).toBe('done');
    const items = output(first).locator(':scope > .nb-out');
    await expect(items).toHaveCount(5);
    await expect(items.nth(0)).toHaveText('first');
    await expect(items.nth(1).getByRole('table')).toBeVisible();
    await expect(items.nth(1).getByRole('columnheader')).toHaveText(['a', 'b']);
    await expect(items.nth(1).getByRole('row')).toHaveCount(3);
    await expect(items.nth(2)).toHaveText('Error: only in the cell');
    await expect(items.nth(3)).toHaveText('Warning: careful');
    await expect(items.nth(4)).toHaveText('last');
  });

  test('a syntax error and a thrown error each show in their own cell, and other cells still run', async ({ page }) => {
    const [first, second] = [cell(page, 1), cell(page, 2)];
    await startKernel(page);
    await setSource(first, 'const ok = 1;\nconst broken = (1 + ;');
    expect(await run(first)).toBe('error');
    await expect(output(first)).toContainText('SyntaxError: Unexpected token');
    await expect(output(first)).toContainText('At line 2, column 21.');

    await setSource(second, 'const fine = 1;\nthrow new RangeError("deliberately out of range");');
    expect(await run(second)).toBe('error');
    await expect(output(second)).toContainText('RangeError: deliberately out of range');
    await expect(output(second)).toContainText('At line 2.');
    await expect(output(first)).toContainText('SyntaxError');

    await setSource(first, '"still working"');
    expect(await run(first)).toBe('done');
    await expect(output(first)).toHaveText('still working');
    await expect(output(second)).toContainText('RangeError');
  });

  test('a runaway loop is interrupted within 5 s and the page keeps working', async ({ page }) => {
    const [first, second] = [cell(page, 1), cell(page, 2)];
    await startKernel(page);
    await setSource(first, 'let spins = 0;\nwhile (true) { spins++; }');
    const started = Date.now();
    await first.getByRole('button', { name: /^Run cell/ }).click();
    await expect(first).toHaveAttribute('data-state', 'error', { timeout: RUNAWAY_BUDGET_MS + 2_000 });
    expect(Date.now() - started).toBeLessThan(RUNAWAY_BUDGET_MS);
    await expect(output(first)).toContainText('InterruptError: Interrupted');

    await setSource(second, 'spins > 1000');
    expect(await run(second)).toBe('done');
    await expect(output(second)).toHaveText('true');
  });

  test('a runaway function declared in one cell and called from another is interrupted too', async ({ page }) => {
    const [first, second] = [cell(page, 1), cell(page, 2)];
    await startKernel(page);
    await setSource(first, 'function spin() {\n  for (;;) {}\n}');
    expect(await run(first)).toBe('done');
    await expect(output(first)).toHaveText('Done. Defined `spin`.');
    await setSource(second, 'spin()');
    const started = Date.now();
    expect(await run(second, RUNAWAY_BUDGET_MS + 2_000)).toBe('error');
    expect(Date.now() - started).toBeLessThan(RUNAWAY_BUDGET_MS);
    await expect(output(second)).toContainText('InterruptError');
    await expect(output(second)).toContainText(/At line 2 of cell \[1\]/);
  });

  test('Interrupt stops a cell that keeps yielding but never ends', async ({ page }) => {
    const first = cell(page, 1);
    await startKernel(page);
    await setSource(first, 'for (let tick = 0; ; tick++) {\n  await new Promise((resolve) => setTimeout(resolve, 50));\n}');
    await first.getByRole('button', { name: /^Run cell/ }).click();
    await expect(page.locator('kernel-toolbar')).toHaveAttribute('data-kernel-state', 'busy');
    await page.getByRole('button', { name: 'Interrupt' }).click();
    await expect(first).toHaveAttribute('data-state', 'error');
    await expect(output(first)).toContainText('InterruptError: Interrupted with the Interrupt button.');
    await expect(page.getByRole('button', { name: 'Interrupt' })).toBeDisabled();
  });

  test('Run all stops at the first error and leaves later cells as they were', async ({ page }) => {
    const [first, second] = [cell(page, 1), cell(page, 2)];
    await setSource(first, 'throw new Error("stop here")');
    await page.getByRole('button', { name: 'Run all' }).click();
    await expect(first).toHaveAttribute('data-state', 'error', { timeout: KERNEL_START_MS });
    await expect(output(first)).toContainText('Error: stop here');
    await expect(second).toHaveAttribute('data-state', 'idle');
    await expect(counter(second)).toHaveText('[ ]');
    await expect(output(second)).toBeEmpty();
  });

  test('a Plot chart appears as an svg image with an accessible name', async ({ page }) => {
    const first = cell(page, 1);
    await setSource(first, 'Plot.dot([[1, 2], [2, 3], [3, 1]]).plot({ width: 320, height: 200 })');
    expect(await run(first, KERNEL_START_MS)).toBe('done');
    const chart = output(first).getByRole('img', { name: 'Chart from cell 1' });
    await expect(chart).toBeVisible();
    expect(await chart.evaluate((element) => element.localName)).toBe('svg');
  });

  test('cells share one scope; Restart clears it, frees the tensors and resets the counters', async ({ page }) => {
    const [first, second] = [cell(page, 1), cell(page, 2)];
    const status = kernelStatus(page);
    await setSource(first, 'const kept = tf.tensor([1, 2, 3]);\nconst base = 21;');
    expect(await run(first, KERNEL_START_MS)).toBe('done');
    await expect(output(first)).toHaveText('Done. Defined `kept`, `base`.');
    await setSource(second, 'base * 2');
    expect(await run(second)).toBe('done');
    await expect(output(second)).toHaveText('42');
    await expect(counter(second)).toHaveText('[2]');
    await expect(status).toContainText(/ 1 tensor in memory\./);

    await page.getByRole('button', { name: 'Restart' }).click();
    await expect(status).toContainText('Restarted');
    await expect(page.locator('[data-part="count"]').first()).toHaveText('[ ]');
    await expect(status).toHaveText(/^Kernel idle · backend \w+ · 0 tensors in memory\. Restarted/, { timeout: KERNEL_START_MS });

    expect(await run(second)).toBe('error');
    await expect(output(second)).toContainText('`base` is defined in cell [1], which has not run yet — run it first.');
    await expect(counter(second)).toHaveText('[1]');
    await output(second).getByRole('link', { name: 'Go to cell [1]' }).click();
    await expect(page).toHaveURL(/#cell-1$/);
  });

  test('a cell that reaches for the page says that cells run apart from it', async ({ page }) => {
    const first = cell(page, 1);
    await setSource(first, 'const heading = 1;\ndocument.title');
    expect(await run(first, KERNEL_START_MS)).toBe('error');
    await expect(output(first)).toContainText('ReferenceError: document is not defined. Cells run in a kernel apart from the page');
    await expect(output(first)).toContainText('At line 2.');
  });

  test('tf, Plot, display and the lab API are there without imports', async ({ page }) => {
    const first = cell(page, 1);
    await setSource(first, '[typeof tf.tensor, typeof Plot.plot, typeof display, typeof createRng, typeof lab.listActivations].join(" ")');
    expect(await run(first, KERNEL_START_MS)).toBe('done');
    await expect(output(first)).toHaveText('function function function function function');
  });

  test('Shift+Enter runs the focused cell, and Clear outputs empties every output', async ({ page }) => {
    const first = cell(page, 1);
    await setSource(first, '"from the keyboard"');
    await first.getByRole('button', { name: /^Run cell/ }).focus();
    await page.keyboard.press('Shift+Enter');
    await expect(first).toHaveAttribute('data-state', 'done', { timeout: KERNEL_START_MS });
    await expect(output(first)).toHaveText('from the keyboard');
    await page.getByRole('button', { name: 'Clear outputs' }).click();
    await expect(output(first)).toBeEmpty();
    await expect(first).toHaveAttribute('data-state', 'idle');
  });
});

test.describe('accessibility of outputs', () => {
  for (const theme of THEMES) {
    test(`console lines, a table, a chart, an error and the editor pass axe in ${theme}`, async ({ page }) => {
      expect(workbench, 'a chapter with two or more cells to test them on').toBeTruthy();
      await page.addInitScript((choice) => localStorage.setItem('theme', choice), theme);
      await page.goto(workbench!);
      const [first, second] = [cell(page, 1), cell(page, 2)];
      await setSource(first, 'console.log("a line");\nconsole.warn("a warning");\nconsole.error("an error line");\ndisplay([{ a: 1 }, { a: 2 }]);\nPlot.dot([[1, 2], [2, 1]]).plot({ width: 300, height: 160 })');
      expect(await run(first, KERNEL_START_MS)).toBe('done');
      await setSource(second, 'null.property');
      expect(await run(second)).toBe('error');
      const results = await new AxeBuilder({ page }).include('kernel-toolbar').include('notebook-cell').analyze();
      const blocking = results.violations
        .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
      expect(blocking).toEqual([]);
    });
  }
});
