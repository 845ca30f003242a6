// Which pages the built site has, found from the build output rather than a hand-kept list:
// the chapters are the links on the landing page's chapter list, in its order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT_DIR = process.env.ACTIVATION_LAB_OUT ?? 'dist';
const CHAPTER_LIST = /<ol[^>]*aria-labelledby="chapters-title"[^>]*>([\s\S]*?)<\/ol>/;
const CHAPTER_HREF = /href="([^"]*\/chapters\/[^"]+\/)"/g;

export const LANDING_PATH = '/';
/** A path no page will ever have; the server answers it with the 404 page. */
export const UNKNOWN_PATH = '/no-such-page-e2e/';

export function builtHtml(path: string): string {
  return readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8');
}

/** Chapter paths in reading order, as the built landing page lists them. */
export function chapterPaths(): string[] {
  const list = builtHtml(LANDING_PATH).match(CHAPTER_LIST);
  if (!list) throw new Error(`no chapter list (ol[aria-labelledby=chapters-title]) in ${OUT_DIR}/index.html`);
  const paths = [...list[1].matchAll(CHAPTER_HREF)].map((match) => match[1]);
  if (paths.length === 0) throw new Error('the landing page lists no chapters');
  return paths;
}

/** Every page a reader can land on: the landing page, each chapter, and the 404 page. */
export function allPages(): { name: string; path: string }[] {
  return [
    { name: 'landing', path: LANDING_PATH },
    ...chapterPaths().map((path) => ({ name: path.split('/').filter(Boolean).pop()!, path })),
    { name: '404', path: UNKNOWN_PATH },
  ];
}
