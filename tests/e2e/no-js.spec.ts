// With JavaScript off, the guide is still a readable book: prose, formulas and code are all there
// and visible, and the chapter menu and the landing page still work.
import type { Locator } from '@playwright/test';
import { test, expect } from './support/guarded-page';
import { builtHtml, chapterPaths, LANDING_PATH } from './support/site-pages';

/** The chapter's own text, before its first h2 or in the section an h2 starts. */
const PROSE = ':scope > :is(p, h2, h3, h4, ul, ol, blockquote, table), :scope > .prose-section > :is(p, h2, h3, h4, ul, ol, blockquote, table)';
const PHONE = { width: 360, height: 740 };

test.use({ javaScriptEnabled: false });

/** Which of these elements a reader cannot see: no box, hidden, transparent or clipped away. */
async function unseen(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((els) => els.flatMap((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const hidden = box.width < 1 || box.height < 1 || style.visibility !== 'visible' || Number(style.opacity) === 0
      || el.closest('[hidden], [inert], [aria-hidden="true"]:not(.katex-html)') !== null;
    return hidden ? [`${el.tagName.toLowerCase()}: "${(el.textContent ?? '').trim().slice(0, 60)}"`] : [];
  }));
}

for (const path of chapterPaths()) {
  test(`${path} reads without JavaScript: prose, formulas and code visible`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html'), 'scripts really are off: the theme script did not run').not.toHaveAttribute('data-theme', /./);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const prose = page.locator('article.prose').locator(PROSE);
    expect(await prose.count(), 'the chapter has prose').toBeGreaterThan(0);
    expect(await unseen(prose), 'prose hidden without JavaScript').toEqual([]);
    for (const text of await prose.allInnerTexts()) expect(text.trim().length).toBeGreaterThan(0);

    const formulas = page.locator('article.prose .katex');
    const formulasInBuild = (builtHtml(path).match(/class="katex"/g) ?? []).length;
    await expect(formulas).toHaveCount(formulasInBuild);
    expect(await unseen(formulas), 'formulas hidden without JavaScript').toEqual([]);
    if (formulasInBuild > 0) {
      await page.evaluate(() => document.fonts.ready);
      const katexFonts = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded').length);
      expect(katexFonts, 'KaTeX fonts load without JavaScript').toBeGreaterThan(0);
    }

    // Worked solutions wait behind a closed disclosure; <details> opens without JavaScript too.
    const code = page.locator('article.prose pre:not(details:not([open]) pre)');
    expect(await unseen(code), 'code hidden without JavaScript').toEqual([]);
    for (const text of await code.allInnerTexts()) expect(text.trim().length).toBeGreaterThan(0);
    const solutions = page.locator('article.prose details:has(pre)');
    for (const solution of await solutions.all()) {
      await solution.locator('summary').click();
      await expect(solution.locator('pre')).toBeVisible();
      expect((await solution.locator('pre').innerText()).trim().length).toBeGreaterThan(0);
    }
  });
}

test('at least one chapter has formulas and one has code, so the checks above bite', () => {
  const html = chapterPaths().map((path) => builtHtml(path));
  expect(html.some((page) => page.includes('class="katex"'))).toBe(true);
  expect(html.some((page) => page.includes('<pre'))).toBe(true);
});

test('the landing page lists every chapter with its summary', async ({ page }) => {
  await page.goto(LANDING_PATH);
  const items = page.getByRole('list', { name: 'Chapters' }).getByRole('listitem');
  await expect(items).toHaveCount(chapterPaths().length);
  expect(await unseen(items)).toEqual([]);
});

test('the chapter menu opens on a phone without JavaScript', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(chapterPaths()[0]);
  await page.getByText('Chapters', { exact: true }).click();
  const menu = page.getByRole('navigation', { name: 'Chapters' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('link')).toHaveCount(chapterPaths().length);
});

test('without JavaScript the page and its code share one (light) theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const withCode = chapterPaths().find((path) => builtHtml(path).includes('class="expressive-code"'));
  expect(withCode, 'some chapter has a static code block').toBeTruthy();
  await page.goto(withCode!);
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const codeBackground = await page.locator('.expressive-code pre').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(luminance(pageBackground)).toBeGreaterThan(200);
  expect(luminance(codeBackground)).toBeGreaterThan(200);
});
