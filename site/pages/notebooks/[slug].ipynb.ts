// Every chapter as a Jupyter notebook for the Deno kernel, generated from its MDX at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chaptersInOrder, chapterSlug, type Chapter } from '../../lib-chapters';
import { chapterNotebook } from '../../notebook-export/chapter-notebook';
import { buildNotebookBundles, type NotebookBundles } from '../../notebook-export/notebook-bundles';

export const getStaticPaths = (async () => {
  const [chapters, bundles] = await Promise.all([chaptersInOrder(), buildNotebookBundles()]);
  return chapters.map((chapter) => ({ params: { slug: chapterSlug(chapter) }, props: { chapter, bundles } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: Chapter; bundles: NotebookBundles }> = ({ props }) => {
  const { chapter, bundles } = props;
  const notebook = chapterNotebook(
    { slug: chapterSlug(chapter), title: chapter.data.title, summary: chapter.data.summary, order: chapter.data.order, mdx: chapter.body ?? '' },
    bundles,
    { site: import.meta.env.SITE, base: import.meta.env.BASE_URL },
  );
  return new Response(notebook, { headers: { 'content-type': 'application/x-ipynb+json' } });
};
