import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

/** Chapters in reading order, with the URL each is served at. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => a.data.order - b.data.order);
}

export function chapterSlug(chapter: Chapter): string {
  return chapter.id.replace(/^\d+-/, '');
}

export function chapterHref(chapter: Chapter): string {
  return `${import.meta.env.BASE_URL}chapters/${chapterSlug(chapter)}/`;
}
