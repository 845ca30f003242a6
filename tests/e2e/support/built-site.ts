/** The built site on disk (ACTIVATION_LAB_OUT or dist), read when the specs are collected. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function builtSiteDir(): string {
  return path.resolve(process.env.ACTIVATION_LAB_OUT ?? 'dist');
}

const CHAPTER_LINK = /<a\b[^>]*\bhref="([^"]*\/chapters\/[^"/]+\/)"/g;

/** Chapter paths in the order the landing page links them, each once. */
export function chapterLinksIn(html: string): string[] {
  const links = [...html.matchAll(CHAPTER_LINK)].map((match) => match[1]!);
  return [...new Set(links)];
}

/** The chapters the built landing page links to; throws when there is no build to read. */
export function chapterPathsFromBuiltLanding(): string[] {
  const landing = path.join(builtSiteDir(), 'index.html');
  if (!existsSync(landing)) {
    throw new Error(`No built landing page at ${landing}: run "npm run build" (with the same ACTIVATION_LAB_OUT) first.`);
  }
  return chapterLinksIn(readFileSync(landing, 'utf8'));
}
