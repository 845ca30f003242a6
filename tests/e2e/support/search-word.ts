// Picks, from the built HTML, a word of a chapter's prose that no other chapter uses, so the search
// test types a real word of today's text instead of a hard-coded one.
const MIN_LENGTH = 7;
const ARTICLE = /<article[^>]*class="prose"[^>]*>([\s\S]*?)<\/article>/;
const PARAGRAPH = /<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g;
const MATHML = /<math[\s\S]*?<\/math>/g;
const WORD = /[a-z]+/g;

function text(html: string): string {
  return html.replace(MATHML, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').toLowerCase();
}

function proseWords(html: string): string[] {
  const article = html.match(ARTICLE)?.[1] ?? '';
  const paragraphs = [...article.matchAll(PARAGRAPH)].map((match) => text(match[1]));
  return paragraphs.flatMap((paragraph) => paragraph.match(WORD) ?? []).filter((word) => word.length >= MIN_LENGTH);
}

export function pickSearchWord(pages: { path: string; html: string }[]): { word: string; path: string } {
  const allText = pages.map((page) => new Set(text(page.html).match(WORD) ?? []));
  for (const [index, page] of pages.entries()) {
    const word = proseWords(page.html).find((candidate) => allText.every((words, other) => other === index || !words.has(candidate)));
    if (word) return { word, path: page.path };
  }
  throw new Error('no chapter has a prose word of its own to search for');
}
