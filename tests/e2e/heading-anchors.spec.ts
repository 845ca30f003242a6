/**
 * Heading anchors: every section heading of every chapter has a "#" link to itself beside it,
 * named after the section, hidden until hover or keyboard focus; the "On this page" entries point
 * at the same ids with the same text.
 */
import { test, expect } from './support/guarded-page';
import { chapterPaths } from './support/site-pages';
import { focusJustBefore } from './support/focus';

const chapters = chapterPaths();

for (const path of chapters) {
  test(`${path}: each h2–h4 has its own anchor, and the ToC matches the headings`, async ({ page }) => {
    await page.goto(path);
    // Section headings written in the chapter, before its first h2 or in the section an h2 starts
    // (components' own headings sit deeper inside their markup).
    const headings = await page.locator(['article', 'article > .prose-section'].flatMap((parent) => [`${parent} > :is(h2, h3, h4)`, `${parent} > .heading-wrap > :is(h2, h3, h4)`]).join(', ')).evaluateAll((nodes) => nodes.map((heading) => {
      const link = heading.parentElement?.querySelector<HTMLAnchorElement>(':scope > a.heading-anchor');
      return { id: heading.id, text: heading.textContent?.trim() ?? '', depth: Number(heading.tagName[1]), href: link?.getAttribute('href') ?? null, name: link?.textContent ?? '' };
    }));
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      expect(heading.id, heading.text).not.toBe('');
      expect(heading.href, `anchor of "${heading.text}"`).toBe(`#${heading.id}`);
      expect(heading.name).toContain(heading.text);
    }
    const toc = await page.locator('.right nav[aria-label="On this page"] a').evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href'), text: link.textContent?.trim() })));
    const expected = headings.filter((heading) => heading.depth <= 3).map((heading) => ({ href: `#${heading.id}`, text: heading.text }));
    expect(toc).toEqual(expected);
  });
}

test('an anchor is reached by Tab, shows when focused, and links to its section', async ({ page }) => {
  await page.goto(chapters[0]!);
  const wrap = page.locator('article .heading-wrap').nth(1);
  const anchor = wrap.locator('a.heading-anchor');
  await expect(anchor).toHaveCSS('opacity', '0');
  const name = (await wrap.locator('h2, h3, h4').first().textContent())!.trim();
  await expect(anchor).toHaveAccessibleName(`Link to section “${name}”`);
  await focusJustBefore(wrap);
  await page.keyboard.press('Tab');
  await expect(anchor).toBeFocused();
  await expect(anchor).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  const id = await wrap.locator('h2, h3, h4').first().getAttribute('id');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(wrap.locator(`#${id}`)).toBeInViewport();
});

test('hovering a heading shows its anchor', async ({ page }) => {
  await page.goto(chapters[0]!);
  const wrap = page.locator('article .heading-wrap').first();
  await wrap.hover();
  await expect(wrap.locator('a.heading-anchor')).toHaveCSS('opacity', '1');
});
