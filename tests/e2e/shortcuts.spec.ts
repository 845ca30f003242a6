/**
 * Keyboard shortcuts: `?` (or the header button) opens an accessible list that Esc closes; n / p
 * move between chapters; r, Shift+R and i run the current cell, run all and interrupt; t trains and
 * stops the current demo. None of them fires while the reader types in a field or a code editor.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { builtHtml, chapterPaths } from './support/site-pages';
import { FINISHED, RUN_TIMEOUT_MS, stopButton, wakeDemo } from './support/demo-actions';
import { slowCpu } from './support/page-conditions';

const CELL_TIMEOUT_MS = 60_000;
const CPU_SLOWDOWN = 10;
const chapters = chapterPaths();
const cellCount = (path: string) => builtHtml(path).match(/<notebook-cell\b/g)?.length ?? 0;
const withCells = chapters.find((path) => cellCount(path) >= 2)!;
const withDemo = chapters.find((path) => builtHtml(path).includes('data-demo='))!;
/** Capacity trains eight widths × 1,500 epochs: about 1.5 s, 15 s at the slowdown below. */
const LONG_DEMO = 'capacity';
const withLongDemo = chapters.find((path) => builtHtml(path).includes(`data-demo="${LONG_DEMO}"`))!;

function shortcutsDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Keyboard shortcuts' });
}

/** Waits until the page's shortcut handler is listening (its element is defined). */
async function shortcutsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => customElements.get('keyboard-shortcuts') !== undefined);
}

/** Leaves focus on the page itself, as after a click on plain text. */
async function focusNothing(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

interface EditableCell extends HTMLElement {
  setSource(code: string): Promise<void>;
}

async function setSource(cell: Locator, code: string): Promise<void> {
  await cell.evaluate((element, source) => (element as EditableCell).setSource(source), code);
}

test.describe('the shortcuts dialog', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`? opens it with every shortcut listed, axe finds nothing serious (${theme}), Esc closes it and focus returns`, async ({ page }) => {
      await page.addInitScript((choice) => localStorage.setItem('theme', choice), theme);
      await page.goto(chapters[1]!);
      await page.getByRole('link', { name: 'Skip to content' }).focus();
      await page.keyboard.press('?');
      const dialog = shortcutsDialog(page);
      await expect(dialog).toBeVisible();
      await expect(page.locator(':focus')).toBeVisible();
      expect(await dialog.evaluate((node, focused) => node.contains(focused), await page.evaluateHandle(() => document.activeElement))).toBe(true);
      const rows = dialog.getByRole('row');
      for (const action of ['Search the guide', 'Next chapter', 'Previous chapter', 'Run all code cells', 'Interrupt the running cell', 'Train or stop the current demo']) {
        await expect(rows.filter({ hasText: action })).toHaveCount(1);
      }
      const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    });
  }

  test('the header button opens it too, and says which key does', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await expect(button).toHaveAttribute('aria-keyshortcuts', '?');
    await button.click();
    await expect(shortcutsDialog(page)).toBeVisible();
    await shortcutsDialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(shortcutsDialog(page)).toBeHidden();
  });
});

test('n and p move to the next and the previous chapter', async ({ page }) => {
  await page.goto(chapters[1]!);
  await shortcutsReady(page);
  await page.keyboard.press('n');
  await expect(page).toHaveURL(new RegExp(`${chapters[2]}$`));
  await shortcutsReady(page);
  await page.keyboard.press('p');
  await expect(page).toHaveURL(new RegExp(`${chapters[1]}$`));
});

test('no shortcut fires while typing in a code editor or a form field', async ({ page }) => {
  await page.goto(withCells);
  const cell = page.locator('notebook-cell').first();
  await cell.getByRole('button', { name: /^Edit/ }).click();
  const editor = cell.locator('.cm-content');
  await expect(editor).toBeFocused();
  await page.keyboard.type('n?tr');
  await expect(editor).toContainText('n?tr');
  await expect(shortcutsDialog(page)).toBeHidden();
  await expect(cell).toHaveAttribute('data-state', 'idle');
  expect(new URL(page.url()).pathname).toBe(withCells);

  await page.goto(withDemo);
  const demo = page.locator('[data-demo]').first();
  await wakeDemo(demo);
  const field = demo.locator('input:not([type="range"]):not([type="checkbox"]):not([type="hidden"])').first();
  await field.focus();
  await page.keyboard.press('t');
  await page.keyboard.press('n');
  await expect(demo).toHaveAttribute('data-state', 'idle');
  expect(new URL(page.url()).pathname).toBe(withDemo);
});

test.describe('cells', () => {
  test('r runs the cell in view, Shift+R runs them all', async ({ page }) => {
    await page.goto(withCells);
    const cells = page.locator('notebook-cell');
    const second = cells.nth(1);
    await second.scrollIntoViewIfNeeded();
    await focusNothing(page);
    await page.keyboard.press('r');
    await expect(second).toHaveAttribute('data-state', /^(done|error)$/, { timeout: CELL_TIMEOUT_MS });
    await expect(cells.first()).toHaveAttribute('data-state', 'idle');

    await focusNothing(page);
    await page.keyboard.press('Shift+R');
    // Run all stops at the first unsolved exercise check, as Jupyter stops at a failing cell; the chapter's own cells come before.
    const chapterCells = page.locator('notebook-cell:not([data-exercise] notebook-cell)');
    expect(await chapterCells.count()).toBeGreaterThan(1);
    for (const cell of await chapterCells.all()) await expect(cell).toHaveAttribute('data-state', 'done', { timeout: CELL_TIMEOUT_MS });
  });

  test('r runs the focused cell even when another is more in view, and i interrupts it', async ({ page }) => {
    await page.goto(withCells);
    const first = page.locator('notebook-cell').first();
    await setSource(first, 'for (let tick = 0; ; tick++) {\n  await new Promise((resolve) => setTimeout(resolve, 50));\n}');
    await page.locator('notebook-cell').last().scrollIntoViewIfNeeded();
    await first.getByRole('button', { name: /^Run cell/ }).focus();
    await page.keyboard.press('r');
    await expect(page.locator('kernel-toolbar')).toHaveAttribute('data-kernel-state', 'busy', { timeout: CELL_TIMEOUT_MS });
    await focusNothing(page);
    await page.keyboard.press('i');
    await expect(first).toHaveAttribute('data-state', 'error');
    await expect(first.locator('[data-part="output"]')).toContainText('InterruptError');
  });

  test('on a page without cells, r says so instead of failing', async ({ page }) => {
    const noCells = ['/', ...chapters].find((path) => cellCount(path) === 0) ?? '/';
    await page.goto(noCells);
    await page.keyboard.press('r');
    await expect(page.locator('[data-part="shortcut-status"]')).toHaveText(/No code cell|no code cells/);
  });
});

test('t trains the demo in view and t again stops it', async ({ page }) => {
  // A demo that trains for seconds even on a fast machine, so the second t finds it running (the neuron,
  // the first demo of the guide, could finish in between).
  await page.goto(withLongDemo);
  const demo = page.locator(`[data-demo="${LONG_DEMO}"]`);
  await wakeDemo(demo);
  // Its top at the top of the window, so it is the demo most in view (the experiment bench follows it).
  await demo.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await focusNothing(page);
  const restoreCpu = await slowCpu(page, CPU_SLOWDOWN);
  await page.keyboard.press('t');
  await expect(demo).toHaveAttribute('data-state', /^(running|done|diverged)$/);
  if ((await demo.getAttribute('data-state')) === 'running') {
    await expect(stopButton(demo)).toBeVisible();
    await focusNothing(page);
    await page.keyboard.press('t');
    await expect(demo).toHaveAttribute('data-state', /^(idle|done)$/, { timeout: RUN_TIMEOUT_MS });
  }
  await restoreCpu();
  await focusNothing(page);
  await page.keyboard.press('t');
  await expect(demo).toHaveAttribute('data-state', FINISHED, { timeout: RUN_TIMEOUT_MS });
});
