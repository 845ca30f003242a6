// Each part of a chapter that starts at a second-level heading goes into a <section class="prose-section">
// (from the heading's wrapper up to the next one). The sections let the browser skip the style and
// layout of the parts off screen (content-visibility in site/styles/global.css), which on the long,
// formula-heavy chapters was the one long task after the first paint. What comes before the first
// heading stays as it is; module imports and exports stay at the top level, where MDX needs them.

export const SECTION_CLASS = 'prose-section';

/** @param {any} node */
function startsSection(node) {
  if (node.type !== 'element') return false;
  if (node.tagName === 'h2') return true;
  const classes = node.properties?.className ?? [];
  return node.tagName === 'div' && classes.includes('heading-wrap-h2');
}

/** @param {any} node */
const staysOnTop = (node) => node.type === 'mdxjsEsm';

/** @param {any[]} children @returns {any[]} */
export function wrapSections(children) {
  const top = [];
  /** @type {any} */
  let section;
  for (const child of children) {
    if (staysOnTop(child)) {
      top.push(child);
    } else if (startsSection(child)) {
      section = { type: 'element', tagName: 'section', properties: { className: [SECTION_CLASS] }, children: [child] };
      top.push(section);
    } else if (section) {
      section.children.push(child);
    } else {
      top.push(child);
    }
  }
  return top;
}

export function rehypeChapterSections() {
  /** @param {any} tree */
  return (tree) => {
    tree.children = wrapSections(tree.children);
  };
}
