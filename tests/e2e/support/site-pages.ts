// Every page a reader can land on, found from the build output (support/built-site.ts) rather than
// a hand-kept list, plus the built HTML of any of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSiteDir, chapterPathsFromBuiltLanding } from './built-site';

export const LANDING_PATH = '/';
/** A path no page will ever have; the server answers it with the 404 page. */
export const UNKNOWN_PATH = '/no-such-page-e2e/';
/** What Chromium logs when the unknown path's document comes back 404 (expected there only; a
 *  missing asset on any page still fails, since its message names the asset's URL). */
export const NOT_FOUND_CONSOLE = new RegExp(`status of 404 .*${UNKNOWN_PATH}\\)$`);

/** The base path the build under test was made with (ACTIVATION_LAB_BASE; "/" by default). */
export function builtSiteBase(): string {
  const segments = (process.env.ACTIVATION_LAB_BASE ?? '/').split('/').filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** The built HTML of the page at this site path (with the base path, as links carry it). */
export function builtHtml(path: string): string {
  const base = builtSiteBase();
  const inSite = path.startsWith(base) ? path.slice(base.length - 1) : path;
  return readFileSync(join(builtSiteDir(), inSite, 'index.html'), 'utf8');
}

/** Chapter paths in reading order, as the built landing page links them. */
export function chapterPaths(): string[] {
  const paths = chapterPathsFromBuiltLanding();
  if (paths.length === 0) throw new Error('the built landing page links no chapters');
  return paths;
}

/** The credits page, as the built landing page's footer links it. */
export function creditsPath(): string {
  const footer = builtHtml(LANDING_PATH).match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? '';
  const link = footer.match(/href="([^"]*\/credits\/)"/)?.[1];
  if (!link) throw new Error('the built landing page’s footer links no credits page');
  return link;
}

/** The landing page, each chapter, the credits and the 404 page. */
export function allPages(): { name: string; path: string }[] {
  return [
    { name: 'landing', path: LANDING_PATH },
    ...chapterPaths().map((path) => ({ name: path.split('/').filter(Boolean).pop()!, path })),
    { name: 'credits', path: creditsPath() },
    { name: '404', path: UNKNOWN_PATH },
  ];
}
