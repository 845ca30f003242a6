/**
 * The guide as a set of linked pages (issue 14): every page's footer leads to the credits; every link
 * from one chapter to another, and every anchor it names, exists in the build (links are relative, so
 * this also holds under a base path); the anchors that moved with the capacity section still land
 * somewhere that points on; and the two intuition figures carry text alternatives.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/guarded-page';
import { builtSiteDir } from './support/built-site';
import { allPages, builtHtml, chapterPaths, creditsPath, LANDING_PATH, NOT_FOUND_CONSOLE } from './support/site-pages';

test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE] });

const LINK = /<a\b[^>]*\bhref="([^"]+)"/g;
const ids = (html: string): Set<string> => new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!));
const articleOf = (html: string): string => html.slice(html.indexOf('<article'), html.indexOf('</article>'));

test('every page’s footer links the credits, and the credits page names its sources and licences', async ({ page }) => {
  const credits = creditsPath();
  for (const { name, path } of allPages()) {
    await page.goto(path);
    const link = page.locator('footer').getByRole('link', { name: 'Credits' });
    await expect(link, `${name}: a Credits link in the footer`).toHaveCount(1);
    expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname, name).toBe(credits);
  }
  await page.goto(LANDING_PATH);
  await page.locator('footer').getByRole('link', { name: 'Credits' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Credits');
  for (const heading of ['Data sets', 'Fonts and mathematics', 'Software', 'Papers cited']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Creative Commons Attribution-ShareAlike 3.0' })).toBeVisible();
  await expect(page.locator('li', { hasText: 'MNIST' }).first()).toContainText('shared under the same licence');
  await expect(page.getByText(/SIL Open Font License 1\.1/)).toBeVisible();
});

test('every link between chapters is relative and lands on a page and an anchor that exist', () => {
  for (const path of chapterPaths()) {
    for (const [, href] of articleOf(builtHtml(path)).matchAll(LINK)) {
      if (/^(https?:|mailto:)/.test(href!) || /^[#?]/.test(href!)) continue;
      expect(href, `${path}: internal links are relative`).toMatch(/^\.\.\//);
      const target = new URL(href!, `http://site${path}`);
      expect(existsSync(join(builtSiteDir(), target.pathname, 'index.html')), `${path} → ${href}: page exists`).toBe(true);
      if (target.hash) expect(ids(builtHtml(target.pathname)).has(target.hash.slice(1)), `${path} → ${href}: anchor exists`).toBe(true);
    }
  }
});

test('the capacity section’s old anchors on the bias chapter still exist and point to its new place', async ({ page }) => {
  const bias = chapterPaths().find((path) => path.includes('the-bias'))!;
  for (const anchor of ['capacity-underfitting-and-overfitting', 'what-to-look-for-in-the-curves']) {
    await page.goto(`${bias}#${anchor}`);
    const target = page.locator(`#${anchor}`);
    await expect(target).toBeInViewport();
    const onward = target.getByRole('link', { name: /capacity in chapter 8/ });
    await expect(onward).toBeVisible();
  }
  await page.locator('#capacity-underfitting-and-overfitting').getByRole('link', { name: /capacity in chapter 8/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Capacity: underfitting and overfitting' })).toBeInViewport();
});

test('the ReLU-ramps and computational-graph figures are images with a title, a description and a caption', async ({ page }) => {
  for (const [path, figure] of [['step-linear-nonlinear', '.ramps-figure'], ['derivatives-and-backpropagation', '.graph-figure']] as const) {
    await page.goto(chapterPaths().find((candidate) => candidate.includes(path))!);
    const root = page.locator(figure);
    await expect(root.locator('figcaption')).not.toBeEmpty();
    const images = root.getByRole('img');
    expect(await images.count()).toBeGreaterThan(0);
    for (const image of await images.all()) {
      if (!(await image.isVisible())) continue;
      const { name, description } = await image.evaluate((svg) => {
        const text = (ids: string | null) => (ids ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        return { name: text(svg.getAttribute('aria-labelledby')), description: svg.querySelector('desc')?.textContent ?? '' };
      });
      expect(name.split(' ').length, `${figure}: the image says what it shows`).toBeGreaterThan(8);
      expect(description.length).toBeGreaterThan(80);
    }
  }
});
