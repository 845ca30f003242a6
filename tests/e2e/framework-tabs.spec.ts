/**
 * Chapter 9's framework parts: the code tabs (an accessible tablist whose choice is remembered across
 * pages and reloads and shared by every group with the same key, arrow keys to move, a runnable
 * TensorFlow.js cell even in a panel that started hidden, all three blocks visible without
 * JavaScript) and the framework table generated from the catalog.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { chapterPaths } from './support/site-pages';
import { listActivations } from '../../lab/activations/catalog.ts';

const STORAGE_KEY = 'framework-tab';
const TAB_NAMES = ['TensorFlow.js', 'Keras 3 (Python)', 'PyTorch (Python)'] as const;
/** The first run loads TensorFlow.js on a shared, slow machine. */
const CELL_TIMEOUT_MS = 90_000;

const frameworkChapter = chapterPaths().find((path) => path.includes('framework'));
const otherChapter = chapterPaths().find((path) => path !== frameworkChapter);

/** The chapter's own group of code tabs (the first; the chapter's widget has a group of its own). */
function group(page: Page): Locator {
  return page.locator('code-tabs').first();
}

function tabs(page: Page): Locator {
  return page.getByRole('tablist', { name: 'Framework', exact: true });
}

function tab(page: Page, name: (typeof TAB_NAMES)[number]): Locator {
  return tabs(page).getByRole('tab', { name, exact: true });
}

async function expectSelected(page: Page, name: (typeof TAB_NAMES)[number]): Promise<void> {
  await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
  await expect(group(page).getByRole('tabpanel', { name })).toBeVisible();
  for (const other of TAB_NAMES.filter((candidate) => candidate !== name)) {
    await expect(tab(page, other)).toHaveAttribute('aria-selected', 'false');
    await expect(tab(page, other)).toHaveAttribute('tabindex', '-1');
  }
  await expect(group(page).getByRole('tabpanel')).toHaveCount(1);
}

test('the build has the framework chapter these tests need', () => {
  expect(frameworkChapter, 'a chapter with code tabs').toBeTruthy();
});

test.describe('code tabs', () => {

  test('show TensorFlow.js first, wire tabs to panels, and hide the panel titles the tabs replace', async ({ page }) => {
    await page.goto(frameworkChapter!);
    await expect(tabs(page).getByRole('tab')).toHaveText([...TAB_NAMES]);
    await expectSelected(page, 'TensorFlow.js');
    const panel = group(page).getByRole('tabpanel', { name: 'TensorFlow.js' });
    await expect(tab(page, 'TensorFlow.js')).toHaveAttribute('aria-controls', (await panel.getAttribute('id'))!);
    await expect(panel.locator('.code-tab-title')).toBeHidden();
  });

  test('the choice persists across reload and pages, and a garbage stored value falls back to the first tab', async ({ page }) => {
    await page.goto(frameworkChapter!);
    await tab(page, 'PyTorch (Python)').click();
    await expectSelected(page, 'PyTorch (Python)');
    await expect(group(page).getByRole('tabpanel', { name: 'PyTorch (Python)' })).toContainText('torch.manual_seed(0)');

    await page.reload();
    await expectSelected(page, 'PyTorch (Python)');

    await page.goto(otherChapter!);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('pytorch');
    await page.goto(frameworkChapter!);
    await expectSelected(page, 'PyTorch (Python)');

    await page.evaluate((key) => localStorage.setItem(key, '<img src=x onerror=alert(1)>'), STORAGE_KEY);
    await page.reload();
    await expectSelected(page, 'TensorFlow.js');
  });

  test('a choice made in one window moves the same group in another', async ({ page, context }) => {
    await page.goto(frameworkChapter!);
    const other = await context.newPage();
    await other.goto(frameworkChapter!);
    await expectSelected(other, 'TensorFlow.js');
    await tab(page, 'Keras 3 (Python)').click();
    await expectSelected(other, 'Keras 3 (Python)');
    await other.close();
  });

  test('arrow keys, Home and End move the selection and the focus, wrapping at the ends', async ({ page }) => {
    await page.goto(frameworkChapter!);
    await tab(page, 'TensorFlow.js').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab(page, 'Keras 3 (Python)')).toBeFocused();
    await expectSelected(page, 'Keras 3 (Python)');
    await page.keyboard.press('ArrowRight');
    await expectSelected(page, 'PyTorch (Python)');
    await page.keyboard.press('ArrowRight');
    await expect(tab(page, 'TensorFlow.js')).toBeFocused();
    await expectSelected(page, 'TensorFlow.js');
    await page.keyboard.press('ArrowLeft');
    await expectSelected(page, 'PyTorch (Python)');
    await page.keyboard.press('Home');
    await expectSelected(page, 'TensorFlow.js');
    await page.keyboard.press('End');
    await expect(tab(page, 'PyTorch (Python)')).toBeFocused();
    await expectSelected(page, 'PyTorch (Python)');
    // Tab leaves the tablist for the selected panel's content rather than visiting every tab.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).not.toHaveAttribute('role', 'tab');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('pytorch');
  });

  for (const startHidden of [false, true]) {
    test(`the TensorFlow.js tab's cell runs and trains the model${startHidden ? ', also when its panel started hidden' : ''}`, async ({ page }) => {
      test.setTimeout(CELL_TIMEOUT_MS * 2);
      if (startHidden) await page.addInitScript((key) => localStorage.setItem(key, 'keras'), STORAGE_KEY);
      await page.goto(frameworkChapter!);
      const panel = group(page).locator('.code-tab[data-tab-value="tfjs"]');
      const cell = panel.locator('notebook-cell');
      await expect(cell).toHaveCount(1);
      if (startHidden) {
        await expect(panel).toBeHidden();
        await tab(page, 'TensorFlow.js').click();
      }
      await expect(cell).toBeVisible();
      const started = Date.now();
      await cell.getByRole('button', { name: /^\W*Run cell/ }).click();
      await expect(cell).toHaveAttribute('data-state', /^(done|error)$/, { timeout: CELL_TIMEOUT_MS });
      const output = cell.locator('[data-part="output"]');
      expect(await cell.getAttribute('data-state'), await output.innerText()).toBe('done');
      await expect(output).toContainText('testAccuracy');
      const accuracy = Number((await output.innerText()).match(/testAccuracy\D*([0-9.]+)/)?.[1]);
      expect(accuracy).toBeGreaterThan(0.9);
      const firstSeconds = (Date.now() - started) / 1000;

      // Again, with the kernel warm: the same seeds give the same accuracy, and this time is the cell's own.
      const rerun = Date.now();
      await cell.getByRole('button', { name: /^\W*Run cell/ }).click();
      await expect(cell.locator('[data-part="count"]')).toHaveText('[2]', { timeout: CELL_TIMEOUT_MS });
      await expect(cell).toHaveAttribute('data-state', 'done');
      const warmSeconds = (Date.now() - rerun) / 1000;
      expect(Number((await output.innerText()).match(/testAccuracy\D*([0-9.]+)/)?.[1])).toBe(accuracy);
      test.info().annotations.push({ type: 'tfjs cell', description: `first run ${firstSeconds.toFixed(1)} s (kernel start included), warm run ${warmSeconds.toFixed(1)} s, test accuracy ${accuracy}` });
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('all three code blocks show, each under its own title, and no tablist', async ({ page }) => {
    await page.goto(frameworkChapter!);
    await expect(page.getByRole('tablist')).toHaveCount(0);
    const sections = group(page).locator(':scope > .code-tab');
    await expect(sections).toHaveCount(TAB_NAMES.length);
    for (const [index, name] of TAB_NAMES.entries()) {
      const section = sections.nth(index);
      await expect(section.getByRole('heading', { name, level: 3 })).toBeVisible();
      await expect(section.locator('pre').first()).toBeVisible();
    }
  });
});

test.describe('framework table', () => {

  test('has a row for every catalog activation, marks differing defaults in words and links them to their notes', async ({ page }) => {
    await page.goto(frameworkChapter!);
    const table = page.locator('table[data-framework-table]');
    const catalog = listActivations();
    await expect(table.locator('tbody tr')).toHaveCount(catalog.length);
    await expect(table.locator('tbody th')).toHaveText(catalog.map((entry) => entry.name));
    const leaky = table.locator('tr[data-activation="leaky-relu"]');
    await expect(leaky.locator('td[data-framework="pytorch"]')).toContainText('negative_slope=0.01');
    const badge = leaky.getByRole('link', { name: /default differs/ }).first();
    await expect(badge).toBeVisible();
    await badge.click();
    const note = page.locator(':target');
    await expect(note).toContainText('PyTorch 0.01');
    await expect(page.getByRole('region', { name: /activations of this guide’s catalog/ })).toBeVisible();
  });
});
