/**
 * A reader's edits survive a reload (issue 19): kept per chapter and cell in localStorage, back in
 * the editor after a reload, gone after Reset; an edit made on an older version of the chapter's
 * code is offered, not silently applied or dropped; with storage blocked, editing still works.
 */
import { test, expect } from './support/guarded-page';
import { cell, chapterWithCells, KERNEL_START_MS, output, run, typeIntoEditor } from './support/cell-actions';

const workbench = chapterWithCells(2)!;
const EDIT = 'const edited = 6 * 7;\nedited';

function keyOf(cellId: string): string {
  return `activation-lab:cell-edit:${workbench}#${cellId}`;
}

test('an edit comes back after a reload and runs; Reset forgets it', async ({ page }) => {
  await page.goto(workbench);
  const second = cell(page, 2);
  const original = (await second.getAttribute('data-source'))!;
  await typeIntoEditor(page, second, EDIT);
  await page.reload();

  const editor = second.getByRole('textbox', { name: 'Code cell 2, editor' });
  await expect(editor).toBeVisible();
  await expect(second.locator('[data-part="code"]')).toBeHidden();
  await expect(second.getByText('Your edit from an earlier visit is back')).toBeVisible();
  await expect(second.getByRole('button', { name: /^Reset cell 2/ })).toBeVisible();
  expect(await second.evaluate((element) => (element as unknown as { source: string }).source)).toBe(EDIT);
  await expect(editor, 'a restored edit does not take the focus').not.toBeFocused();
  expect(await run(second, KERNEL_START_MS)).toBe('done');
  await expect(output(second)).toHaveText('42');

  await second.getByRole('button', { name: /^Reset cell 2/ }).click();
  await expect(second.getByText('Your edit from an earlier visit is back')).toHaveCount(0);
  await page.reload();
  await expect(second.locator('[data-part="code"]')).toBeVisible();
  await expect(second.locator('.cm-editor')).toHaveCount(0);
  expect(await second.evaluate((element) => (element as unknown as { source: string }).source)).toBe(original);
});

test('an edit of an older version of the chapter\'s code is offered, not applied', async ({ page }) => {
  const key = keyOf('cell-1');
  await page.addInitScript((storageKey) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(storageKey, JSON.stringify({ source: '"my old edit"', original: '00000000' }));
      sessionStorage.setItem('seeded', 'yes');
    }
  }, key);
  await page.goto(workbench);
  const first = cell(page, 1);
  const original = (await first.getAttribute('data-source'))!;
  await expect(first.getByText('the chapter’s code has changed since')).toBeVisible();
  await expect(first.locator('[data-part="code"]')).toBeVisible();
  expect(await first.evaluate((element) => (element as unknown as { source: string }).source)).toBe(original);

  await first.getByRole('button', { name: 'Use my edit (cell 1)' }).click();
  await expect(first.getByRole('textbox', { name: 'Code cell 1, editor' })).toBeVisible();
  await expect.poll(() => first.evaluate((element) => (element as unknown as { source: string }).source)).toBe('"my old edit"');
  expect(await run(first, KERNEL_START_MS)).toBe('done');
  await expect(output(first)).toHaveText('my old edit');
  await page.reload();
  await expect(first.getByText('Your edit from an earlier visit is back'), 'once used, the edit belongs to the new code').toBeVisible();

  await page.evaluate((storageKey) => localStorage.setItem(storageKey, JSON.stringify({ source: '"older still"', original: '00000000' })), key);
  await page.reload();
  await first.getByRole('button', { name: 'Discard my edit (cell 1)' }).click();
  await expect(first.getByText('the chapter’s code has changed since')).toHaveCount(0);
  expect(await page.evaluate((storageKey) => localStorage.getItem(storageKey), key)).toBeNull();
});

test('with storage blocked, cells can still be edited and run', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException('blocked by the test', 'SecurityError'); } });
    }
  });
  await page.goto(workbench);
  const first = cell(page, 1);
  await typeIntoEditor(page, first, EDIT);
  expect(await run(first, KERNEL_START_MS)).toBe('done');
  await expect(output(first)).toHaveText('42');
  await first.getByRole('button', { name: /^Reset cell 1/ }).click();
  await expect(first.locator('[data-part="code"]')).toBeVisible();
});
