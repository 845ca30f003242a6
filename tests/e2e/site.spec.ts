// The site shell: chapter list, navigation, table of contents, theme, search, 404 and layout width.
// Chapters come from the built landing page, so a new chapter is covered the day it appears.
import { test, expect } from './support/guarded-page';
import { waitForChapterLayout } from './support/demo-actions';
import { allPages, builtHtml, chapterPaths, LANDING_PATH, NOT_FOUND_CONSOLE, UNKNOWN_PATH } from './support/site-pages';
import { pickSearchWord } from './support/search-word';

const chapters = chapterPaths();
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 360, height: 740 };

test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE] });

test.describe('landing page', () => {
  test('lists every chapter in order, each with its summary', async ({ page }) => {
    await page.goto(LANDING_PATH);
    const list = page.getByRole('list', { name: 'Chapters' });
    const links = list.getByRole('link');
    await expect(links).toHaveCount(chapters.length);
    const hrefs = await links.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual(chapters);
    for (const item of await list.getByRole('listitem').all()) {
      await expect(item.locator('p')).not.toBeEmpty();
    }
  });
});

test.describe('every chapter page', () => {
  test.use({ viewport: DESKTOP });
  for (const path of chapters) {
    test(`${path}: sidebar lists every chapter and marks this one; TOC links resolve`, async ({ page }) => {
      await page.goto(path);
      const sidebar = page.getByRole('navigation', { name: 'Chapters' });
      const links = sidebar.getByRole('link');
      await expect(links).toHaveCount(chapters.length);
      const hrefs = await links.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs).toEqual(chapters);
      const current = sidebar.locator('[aria-current="page"]');
      await expect(current).toHaveCount(1);
      expect(new URL(await current.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(path);

      const toc = page.getByRole('navigation', { name: 'On this page' });
      const targets = await toc.getByRole('link').evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
      expect(targets.length, 'a chapter has at least one section').toBeGreaterThan(0);
      for (const href of targets) {
        expect(href).toMatch(/^#./);
        const tag = await page.evaluate((id) => document.getElementById(id)?.tagName ?? null, decodeURIComponent(href.slice(1)));
        expect(tag, `TOC target ${href}`).toMatch(/^H[2-3]$/);
      }
    });
  }

  test('next links visit every chapter in order, previous links walk back', async ({ page }) => {
    async function follow(rel: 'next' | 'prev'): Promise<string[]> {
      const visited = [new URL(page.url()).pathname];
      for (let link = page.locator(`a[rel="${rel}"]`); await link.count(); ) {
        const href = (await link.getAttribute('href'))!;
        // The link sits below every section: click it once the sections above have their real height.
        await waitForChapterLayout(page);
        await link.click();
        await page.waitForURL((url) => url.pathname === href);
        visited.push(href);
        expect(visited.length, `the ${rel} chain ends`).toBeLessThanOrEqual(chapters.length);
      }
      return visited;
    }
    await page.goto(chapters[0]);
    expect(await follow('next')).toEqual(chapters);
    expect(await follow('prev')).toEqual([...chapters].reverse());
  });
});

test.describe('theme', () => {
  test('dark is remembered across reload and navigation', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(chapters[0]);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Colour theme' })).toHaveValue('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);

    await page.goto(LANDING_PATH);
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Colour theme' })).toHaveValue('dark');
  });

  test('the stored theme is applied before any content is parsed (no flash)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      new MutationObserver((_, observer) => {
        const main = document.getElementById('main');
        if (!main) return;
        (window as unknown as { themeWhenMainParsed: string }).themeWhenMainParsed = document.documentElement.dataset.theme ?? 'unset';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(chapters[0]);
    expect(await page.evaluate(() => (window as unknown as { themeWhenMainParsed: string }).themeWhenMainParsed)).toBe('dark');
  });

  test('auto follows the system setting, also while the page is open', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(chapters[0]);
    const html = page.locator('html');
    await expect(page.getByRole('combobox', { name: 'Colour theme' })).toHaveValue('auto');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('auto');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'light');
  });

  test('a garbage stored value falls back to auto', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('theme', '<img src=x onerror=alert(1)>'));
    await page.goto(chapters[0]);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Colour theme' })).toHaveValue('auto');
  });
});

test.describe('search', () => {
  test('finds a chapter by a word that occurs only in its prose, from the built index', async ({ page }) => {
    const { word, path } = pickSearchWord(chapters.map((chapterPath) => ({ path: chapterPath, html: builtHtml(chapterPath) })));
    await page.goto(LANDING_PATH);
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('textbox').or(dialog.getByRole('searchbox')).first();
    await expect(input).toBeFocused();
    await input.fill(word);
    const results = dialog.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs, `results for "${word}"`).toContain(path);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the "/" key opens search', async ({ page }) => {
    await page.goto(chapters[0]);
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeVisible();
  });
});

test.describe('404', () => {
  test('an unknown path answers 404 with the not-found page and links to every chapter', async ({ page }) => {
    const response = await page.goto(UNKNOWN_PATH);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    const chapterLinks = page.getByRole('main').getByRole('link').filter({ hasNot: page.locator('[href="/"]') });
    const hrefs = await chapterLinks.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of chapters) expect(hrefs).toContain(path);
    await page.getByRole('main').getByRole('link', { name: 'Back to the start' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('math and code', () => {
  test.use({ viewport: DESKTOP });

  test('KaTeX renders with its fonts from this origin', async ({ page, baseURL }) => {
    const withMath = chapters.find((path) => builtHtml(path).includes('class="katex"'));
    expect(withMath, 'some chapter has math').toBeTruthy();
    const fontResponses: string[] = [];
    page.on('response', (response) => {
      if (/KaTeX_.*\.woff2/.test(response.url()) && response.ok()) fontResponses.push(response.url());
    });
    await page.goto(withMath!);
    await expect(page.locator('.katex').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded').length);
    expect(loaded).toBeGreaterThan(0);
    expect(fontResponses.length).toBeGreaterThan(0);
    for (const url of fontResponses) expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  });

  test('a static code block has highlighting and a keyboard-operable copy button', async ({ page, context }) => {
    const withCode = chapters.find((path) => /class="expressive-code"/.test(builtHtml(path)));
    expect(withCode, 'some chapter has a static code block').toBeTruthy();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(withCode!);
    // A section the browser skips while off screen has no rendered text (innerText): scroll once all have their real height.
    await waitForChapterLayout(page);
    const block = page.locator('.expressive-code').first();
    await block.scrollIntoViewIfNeeded();
    await expect(block.locator('pre code')).not.toHaveText('', { useInnerText: true });
    const code = await block.locator('pre code').innerText();
    const tokenColours = await block.locator('pre code span[style]').evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
    expect(tokenColours, 'syntax colours').toBeGreaterThan(1);
    const copy = block.getByRole('button', { name: /copy/i });
    await copy.focus();
    await expect(copy).toBeFocused();
    await page.keyboard.press('Enter');
    // innerText and the clipboard differ only in how they render blank lines.
    const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
    await expect.poll(async () => lines(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(lines(code));
  });
});

test.describe('layout width', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    for (const { name, path } of allPages()) {
      test(`${name} at ${viewport.width}px has no horizontal page scroll`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        const overflow = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > limit + 1 && getComputedStyle(el).position !== 'fixed')
            .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= limit + 1)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide };
        });
        expect(overflow.scrollWidth, `too wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.innerWidth);
      });
    }
  }

  test('the chapter menu on a phone lists every chapter, marks this one and closes with Escape', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(chapters.at(-1)!);
    const menuButton = page.getByText('Chapters', { exact: true });
    await menuButton.click();
    const menu = page.getByRole('navigation', { name: 'Chapters' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('link')).toHaveCount(chapters.length);
    await expect(menu.locator('[aria-current="page"]')).toHaveAttribute('href', chapters.at(-1)!);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await menuButton.click();
    await menu.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`${chapters[0]}$`));
  });
});
