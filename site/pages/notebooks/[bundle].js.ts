// The ES modules the chapter notebooks import by URL: lab/ and the notebook helpers (notebook-bundles.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildNotebookBundles } from '../../notebook-export/notebook-bundles';

export const getStaticPaths = (async () => {
  const { lab, helpers } = await buildNotebookBundles();
  return [lab, helpers].map(({ fileName, code }) => ({ params: { bundle: fileName.replace(/\.js$/, '') }, props: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: string }> = ({ props }) =>
  new Response(props.code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
