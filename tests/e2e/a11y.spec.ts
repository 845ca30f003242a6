// Accessibility of every page: axe finds no serious or critical problem in light or dark, at desktop
// and phone width, once fonts, math and widgets have settled; and the shell works from the keyboard
// with a visible focus ring.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { allPages, chapterPaths, NOT_FOUND_CONSOLE } from './support/site-pages';
import { scrollThrough } from './support/scroll-through';
import { settlePage } from './support/settle';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
const THEMES = ['light', 'dark'] as const;
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = { desktop: DESKTOP, phone: PHONE } as const;
const TAB_STOPS_TO_SCAN = 12;

test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE] });

async function useTheme(page: Page, theme: (typeof THEMES)[number]) {
  await page.addInitScript((choice) => localStorage.setItem('theme', choice), theme);
}

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`axe at ${width} width`, () => {
    test.use({ viewport });
    for (const theme of THEMES) {
      for (const { name, path } of allPages()) {
        test(`${name} in ${theme}: no serious or critical violations once fonts, math and widgets settled`, async ({ page }, testInfo) => {
          await useTheme(page, theme);
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await scrollThrough(page);
          await settlePage(page);
          const results = await new AxeBuilder({ page }).analyze();
          const minor = results.violations.filter((v) => !BLOCKING_IMPACTS.has(v.impact ?? ''));
          if (minor.length) {
            testInfo.annotations.push({ type: 'axe (minor)', description: minor.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}`).join('; ') });
          }
          const blocking = results.violations
            .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))
            .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
          expect(blocking).toEqual([]);
        });
      }
    }
  });
}

test.describe('keyboard', () => {
  test.use({ viewport: DESKTOP });

  test('Tab reaches the skip link first, then search, the theme switch and the chapter links', async ({ page }) => {
    await page.goto(chapterPaths()[0]);
    const stops: string[] = [];
    for (let i = 0; i < TAB_STOPS_TO_SCAN; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el.matches('.skip-link')) return 'skip';
        if (el.closest('nav[aria-label="Chapters"]')) return 'chapter';
        if (el.matches('select[aria-label="Colour theme"]')) return 'theme';
        if (el.matches('button') && el.textContent?.includes('Search')) return 'search';
        return el.tagName.toLowerCase();
      }));
    }
    expect(stops[0]).toBe('skip');
    const search = stops.indexOf('search');
    const theme = stops.indexOf('theme');
    const chapter = stops.indexOf('chapter');
    expect(search, `tab order: ${stops.join(', ')}`).toBeGreaterThan(0);
    expect(theme).toBeGreaterThan(search);
    expect(chapter).toBeGreaterThan(theme);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto(chapterPaths()[0]);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  for (const theme of THEMES) {
    test(`focus is visible on every shell control (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto(chapterPaths()[0]);
      const controls = [
        page.getByRole('link', { name: 'Skip to content' }),
        page.getByRole('button', { name: 'Search' }),
        page.getByRole('combobox', { name: 'Colour theme' }),
        page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').first(),
        page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first(),
        page.locator('a[rel="next"]'),
      ];
      await page.keyboard.press('Tab'); // keyboard modality, so :focus-visible applies to scripted focus too
      for (const control of controls) {
        await control.focus();
        const ring = await control.evaluate((el) => {
          const style = getComputedStyle(el);
          return { visible: el.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
        });
        expect(ring.visible).toBe(true);
        expect(ring.style).not.toBe('none');
        expect(ring.width).toBeGreaterThanOrEqual(2);
      }
    });
  }

  test('search opens, is usable and closes from the keyboard', async ({ page }) => {
    await page.goto(chapterPaths()[0]);
    await page.getByRole('button', { name: 'Search' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
  });
});

test.describe('reduced motion', () => {
  test('animations and transitions are cut to nothing when the reader asks for less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const card = page.getByRole('list', { name: 'Chapters' }).getByRole('listitem').first();
    const durations = await card.evaluate((el) => getComputedStyle(el).transitionDuration.split(',').map((d) => parseFloat(d)));
    for (const duration of durations) expect(duration).toBeLessThan(0.001);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const normal = await card.evaluate((el) => getComputedStyle(el).transitionDuration.split(',').map((d) => parseFloat(d)));
    expect(Math.max(...normal)).toBeGreaterThan(0.01);
  });
});
