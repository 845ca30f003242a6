/**
 * One chapter as a Jupyter notebook for the Deno kernel: a title cell, the set-up cell that imports
 * what the page's kernel provides, then the chapter's prose, code cells and widget notes in order.
 */
import { builtinsUsed } from './cell-names.ts';
import { chapterParts, type ChapterPart } from './chapter-parts.ts';
import { declarationClashes } from './declaration-clashes.ts';
import type { NotebookBundles } from './notebook-bundles.ts';
import { notebookJson, type NotebookCell } from './notebook-json.ts';
import { RUN_IN_JUPYTER } from './run-in-jupyter.ts';
import { kernelBuiltins, setupCellSource } from './setup-cell.ts';
import { siteUrl, type SiteAddress } from './site-address.ts';

export interface ChapterSource {
  slug: string;
  title: string;
  summary: string;
  order: number;
  /** The chapter's MDX. */
  mdx: string;
}

export const NOTEBOOK_FOLDER = 'notebooks/';

export const chapterPagePath = (slug: string): string => `chapters/${slug}/`;
export const notebookPath = (slug: string): string => `${NOTEBOOK_FOLDER}${slug}.ipynb`;

/** `codeIndex` is the code cell's position among the page's cells, from 1. */
function partCell(part: ChapterPart, codeIndex: number): NotebookCell {
  switch (part.kind) {
    case 'markdown':
      return { kind: 'markdown', source: part.source };
    case 'code':
      return {
        kind: 'code',
        source: part.source,
        metadata: {
          activation_lab: { page_cell: codeIndex, ...(part.exercise && { exercise: part.exercise }) },
          // Jupyter's convention for a cell that is expected to fail: a check fails until the exercise is
          // solved, and Run All (JupyterLab, nbclient) carries on past it, as the page does past a failed check.
          ...(part.exercise?.role === 'check' && { tags: ['raises-exception'] }),
        },
      };
    case 'widget':
      return {
        kind: 'markdown',
        source: `> **Interactive: ${part.name}.** This part of the chapter is a widget that trains in your browser: [open it on the page](${part.href}).`,
      };
  }
}

export function chapterNotebook(chapter: ChapterSource, bundles: NotebookBundles, address: SiteAddress): string {
  const pageUrl = siteUrl(chapterPagePath(chapter.slug), address);
  const labUrl = siteUrl(`${NOTEBOOK_FOLDER}${bundles.lab.fileName}`, address);
  const helpersUrl = siteUrl(`${NOTEBOOK_FOLDER}${bundles.helpers.fileName}`, address);
  const parts = chapterParts(chapter.mdx, pageUrl);
  const code = parts.flatMap((part) => (part.kind === 'code' ? [part.source] : []));
  const clash = declarationClashes(code)[0];
  if (clash) {
    throw new Error(`Chapter "${chapter.slug}": code cells ${clash.firstCell} and ${clash.clashingCell} both declare "${clash.name}", once as a function and once with const, let or class; Jupyter's Deno kernel refuses the second. Rename one of them.`);
  }
  const used = builtinsUsed(code, kernelBuiltins(bundles.lab.exports));

  const codeIndexes = parts.map((_, index) => parts.slice(0, index + 1).filter((part) => part.kind === 'code').length);
  const cells: NotebookCell[] = [
    {
      kind: 'markdown',
      source: [
        `# ${chapter.title}`,
        '',
        `_${chapter.summary}_`,
        '',
        `Chapter ${chapter.order} of [Activation Lab](${siteUrl('', address)}), as a notebook; [the chapter's page](${pageUrl}) has the same text with its interactive widgets. ${RUN_IN_JUPYTER}`,
      ].join('\n'),
    },
    { kind: 'code', source: setupCellSource({ used, bundles, labUrl, helpersUrl }), metadata: { activation_lab: { setup: true } } },
    ...parts.map((part, index) => partCell(part, codeIndexes[index]!)),
  ];
  return notebookJson(cells, {
    activation_lab: { chapter: chapter.slug, page: pageUrl, lab_module: labUrl, helpers_module: helpersUrl },
  });
}
