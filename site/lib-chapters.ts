import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterPath, chapterSlugFromId } from './config/chapter-slug.mjs';

export type Chapter = CollectionEntry<'chapters'>;

/** Chapters in reading order, with the URL each is served at. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => a.data.order - b.data.order);
}

export function chapterSlug(chapter: Chapter): string {
  return chapterSlugFromId(chapter.id);
}

export function chapterHref(chapter: Chapter): string {
  return chapterPath(import.meta.env.BASE_URL, chapter.id);
}
