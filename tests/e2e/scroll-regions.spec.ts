/**
 * Wide formulas and tables at phone width: each box that scrolls sideways is a labelled tab stop
 * that the arrow keys scroll; at desktop width, where they fit, they add no tab stops.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { chapterPaths } from './support/site-pages';
import { scrollThrough } from './support/scroll-through';
import { settlePage } from './support/settle';
import { focusJustBefore } from './support/focus';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const BOXES = '.katex-display, .table-scroll';

interface BoxState {
  where: string;
  overflows: boolean;
  tabIndex: number;
  /** The page script made it a tab stop (widgets may make their own boxes focusable in their markup). */
  madeReachable: boolean;
  role: string | null;
  label: string | null;
}

/** Every box a reader can see (a closed <details> hides its boxes). */
async function boxStates(page: Page): Promise<BoxState[]> {
  return page.locator(BOXES).evaluateAll((boxes) => boxes.filter((box) => box.checkVisibility()).map((box, index) => ({
    where: `${box.className.split(' ')[0]} #${index}`,
    overflows: box.scrollWidth > box.clientWidth + 1,
    tabIndex: (box as HTMLElement).tabIndex,
    madeReachable: box.hasAttribute('data-scroll-region'),
    role: box.getAttribute('role'),
    label: box.getAttribute('aria-label'),
  })));
}

async function openSettled(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await scrollThrough(page);
  await settlePage(page);
}

test.describe('at phone width', () => {
  test.use({ viewport: PHONE });

  test('every box that overflows is a labelled tab stop; the others are not', async ({ page }) => {
    let overflowing = 0;
    for (const path of chapterPaths()) {
      await openSettled(page, path);
      for (const box of await boxStates(page)) {
        if (box.overflows) {
          overflowing += 1;
          expect(box.tabIndex, `${path} ${box.where}`).toBe(0);
          expect(box.role, `${path} ${box.where}`).toMatch(/^(group|region)$/);
          expect(box.label, `${path} ${box.where}`).toBeTruthy();
          if (box.madeReachable) expect(box.label).toMatch(/^(Formula|Table).*scroll sideways/);
        } else {
          expect(box.madeReachable, `${path} ${box.where} fits yet was made a tab stop`).toBe(false);
        }
      }
    }
    // The guide has wide formulas and tables; a phone that fits them all would make this test moot.
    expect(overflowing).toBeGreaterThan(0);
  });

  test('Tab reaches a wide formula and the arrow keys scroll it', async ({ page }) => {
    await openSettled(page, chapterPaths()[0]!);
    const wide = page.locator('.katex-display[tabindex="0"]').first();
    await expect(wide).toHaveAttribute('aria-label', /Formula/);
    await focusJustBefore(wide);
    await page.keyboard.press('Tab');
    await expect(wide).toBeFocused();
    for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => wide.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
  });

  test('a box that stops overflowing when the screen widens stops being a tab stop', async ({ page }) => {
    await openSettled(page, chapterPaths()[0]!);
    const wide = page.locator('.katex-display[tabindex="0"]').first();
    const index = await wide.evaluate((box) => [...document.querySelectorAll('.katex-display')].indexOf(box));
    await page.setViewportSize(DESKTOP);
    const same = page.locator('.katex-display').nth(index);
    await expect(same).not.toHaveAttribute('tabindex');
    await expect(same).not.toHaveAttribute('aria-label');
  });
});
