// Links written in a chapter, made to work wherever the site is deployed and readable on paper:
// - a root-relative link ("/chapters/swish/") gets the base path in front when the site is served
//   under one ("/activation-lab/chapters/swish/"), so authors can write links either way;
// - every link that leaves the current spot carries data-print-url, its absolute address, which the
//   print stylesheet writes after the link text.
import path from 'node:path';
import { chapterPath } from '../config/chapter-slug.mjs';

/** @param {string} href */
function isRootRelative(href) {
  return href.startsWith('/') && !href.startsWith('//');
}

/** @param {string} href @param {string} base */
export function withBase(href, base) {
  if (!isRootRelative(href) || base === '/' || href === base.slice(0, -1) || href.startsWith(base)) return href;
  return `${base}${href.slice(1)}`;
}

/** The address of the page a content file becomes (chapters are the only Markdown pages). @param {string | undefined} filePath */
function pageAddress(filePath, site, base) {
  const entryId = filePath ? path.basename(filePath, path.extname(filePath)) : '';
  return new URL(entryId ? chapterPath(base, entryId) : base, site);
}

/** @param {any} node @param {(node: any) => void} visit */
function eachElement(node, visit) {
  if (node.type === 'element') visit(node);
  for (const child of node.children ?? []) eachElement(child, visit);
}

/** @param {{ site: string, base: string }} options */
export function rehypeSiteLinks({ site, base }) {
  /** @param {any} tree @param {{ path?: string }} file */
  return (tree, file) => {
    const page = pageAddress(file.path, site, base);
    eachElement(tree, (element) => {
      const href = element.tagName === 'a' ? element.properties?.href : undefined;
      if (typeof href !== 'string' || href === '' || href.startsWith('#')) return;
      const linked = withBase(href, base);
      element.properties.href = linked;
      element.properties.dataPrintUrl = new URL(linked, page).href;
    });
  };
}
