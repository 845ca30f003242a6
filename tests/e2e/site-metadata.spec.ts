/**
 * What search engines and link previews read: a canonical address on every page, Open Graph and
 * Twitter tags with a social image (a 1200 × 630 PNG drawn at build time) per chapter, a sitemap
 * listing every chapter, robots.txt pointing at it, and a 404 page that asks not to be indexed.
 */
import { test, expect } from './support/guarded-page';
import { chapterPaths, LANDING_PATH, UNKNOWN_PATH, NOT_FOUND_CONSOLE } from './support/site-pages';

const chapters = chapterPaths();
const PNG_SIGNATURE = '89504e470d0a1a0a';

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const path of [LANDING_PATH, ...chapters]) {
  test(`${path}: canonical address, Open Graph and Twitter tags, its own social image`, async ({ page, request }) => {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\//);
    expect(new URL(canonical!).pathname).toBe(path);
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:title"]')).toBe(await page.title());
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = await meta('meta[property="og:image"]');
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    const response = await request.get(new URL(image!).pathname);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    expect(await meta('meta[property="og:image:alt"]')).toBeTruthy();
  });
}

test('each chapter has a different social image', async ({ request, page }) => {
  const images = new Set<string>();
  for (const path of chapters) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    images.add((await (await request.get(new URL(image!).pathname)).body()).toString('base64'));
  }
  expect(images.size).toBe(chapters.length);
});

test('the sitemap lists the landing page and every chapter; robots.txt points at it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = robots.match(/^Sitemap:\s*(\S+)$/m)?.[1];
  expect(sitemapUrl).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
  const index = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(parts.length).toBeGreaterThan(0);
  const listed = new Set<string>();
  for (const part of parts) {
    const xml = await (await request.get(part)).text();
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(match[1]!).pathname);
  }
  for (const path of [LANDING_PATH, ...chapters]) expect(listed.has(path), path).toBe(true);
  expect([...listed].some((path) => path.includes('404'))).toBe(false);
});

test.describe('the 404 page', () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE] });

  test('asks not to be indexed and names no canonical address', async ({ page }) => {
    await page.goto(UNKNOWN_PATH);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  });
});
