// Options for rehype-autolink-headings: every h2–h4 of a chapter gets a "#" link beside it (not
// inside it, so the heading's accessible name, the ToC entry and the search excerpt stay its own
// text). Heading and link share a wrapper so the link can show on hover and on keyboard focus.
// The link's name says which section it points to: "Link to section “The weighted sum”".

const LINKED_LEVELS = new Set(['h2', 'h3', 'h4']);
/** KaTeX draws each formula twice; its MathML half holds the readable text, the rest is layout. */
const SKIPPED_CLASSES = new Set(['katex-html']);
const SKIPPED_TAGS = new Set(['annotation']);

/** @param {any} node */
function isSkipped(node) {
  if (node.type !== 'element') return false;
  const classes = node.properties?.className ?? [];
  return SKIPPED_TAGS.has(node.tagName) || classes.some((name) => SKIPPED_CLASSES.has(String(name)));
}

/** The heading's text as a reader hears it. @param {any} node @returns {string} */
export function headingText(node) {
  if (node.type === 'text') return node.value;
  if (isSkipped(node)) return '';
  return (node.children ?? []).map(headingText).join('');
}

/** @param {any} heading */
function linkContent(heading) {
  const title = headingText(heading).replace(/\s+/g, ' ').trim();
  return [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true', className: ['heading-anchor-mark'] }, children: [{ type: 'text', value: '#' }] },
    { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to section “${title}”` }] },
  ];
}

/** @param {any} heading */
function wrapper(heading) {
  return { type: 'element', tagName: 'div', properties: { className: ['heading-wrap', `heading-wrap-${heading.tagName}`] }, children: [] };
}

/** @type {import('rehype-autolink-headings').Options} */
export const headingAnchorOptions = {
  behavior: 'after',
  test: (node) => LINKED_LEVELS.has(node.tagName),
  properties: { className: ['heading-anchor'], dataPagefindIgnore: '' },
  content: linkContent,
  group: wrapper,
};
