// The chapters the built landing page links, found the way the end-to-end tests find them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chapterLinksIn } from '../../tests/e2e/support/built-site.ts';

export function chapterPaths(root, out, filter = '') {
  return chapterLinksIn(readFileSync(path.join(root, out, 'index.html'), 'utf8')).filter((link) => link.includes(filter));
}

/** Adds the benchmark's query flags to a chapter path. */
export function withFlags(chapter, flags) {
  const query = new URLSearchParams(flags).toString();
  return query ? `${chapter}?${query}` : chapter;
}
