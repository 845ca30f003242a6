// Each Markdown table goes into a <div class="table-scroll">, the box that scrolls sideways when
// the table is wider than the text column (the table itself keeps its table semantics; the page
// script in site/layouts/parts/scroll-regions.ts makes the box focusable once it overflows).

/** @param {any} node */
function wrapTables(node) {
  for (const [index, child] of (node.children ?? []).entries()) {
    if (child.type === 'element' && child.tagName === 'table') {
      node.children[index] = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'] }, children: [child] };
    } else {
      wrapTables(child);
    }
  }
}

export function rehypeTableScroll() {
  /** @param {any} tree */
  return (tree) => wrapTables(tree);
}
