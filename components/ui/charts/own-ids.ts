/**
 * Every Observable Plot numbers its clip paths from 1 (plot-clip-1, plot-clip-2, …), and a chart's
 * lines point at theirs with clip-path="url(#plot-clip-N)". A chart drawn by another Plot (at build
 * time, or by the notebook's worker) therefore carries ids the page's own live charts reuse, and the
 * browser resolves a reference to the first element with that id in the document: a live line is then
 * clipped by another chart's rectangle and cut short. Giving such a chart's ids a prefix of its own,
 * and pointing its references at them, keeps each chart's clip paths its own.
 */

const URL_REFERENCE = /url\(#([^)]+)\)/g;

/** Prefixes every id inside `root` with `${prefix}-` and rewrites the references inside it (url(#…) in any attribute, href="#…"). */
export function giveIdsPrefix(root: ParentNode, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const element of root.querySelectorAll('[id]')) {
    const id = element.getAttribute('id')!;
    const own = `${prefix}-${id}`;
    renamed.set(id, own);
    element.setAttribute('id', own);
  }
  if (renamed.size === 0) return;
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      let next = value.replace(URL_REFERENCE, (whole, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : whole));
      if ((name === 'href' || name === 'xlink:href') && value.startsWith('#') && renamed.has(value.slice(1))) next = `#${renamed.get(value.slice(1))}`;
      if (next !== value) element.setAttribute(name, next);
    }
  }
}
