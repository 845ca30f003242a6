/**
 * Wide formulas and tables scroll sideways inside their own box on narrow screens. A box that
 * really overflows becomes a labelled, focusable group so a keyboard user can reach and scroll it
 * (axe: scrollable-region-focusable); one that fits gets nothing, so wide screens gain no tab stops.
 * Watched with a ResizeObserver on each box and on its content (a web font arriving widens the
 * content, not the box), and a MutationObserver for tables that widgets and cells add later.
 */
export const SCROLL_BOX_SELECTOR = '.katex-display, .table-scroll';
const MARKER = 'scrollRegion';
/** Fractional widths can leave a pixel of phantom overflow. */
const TOLERANCE_PX = 1;
const MAX_HEADERS_IN_LABEL = 4;
const HINT = '(scroll sideways to read it all)';

function overflows(box: HTMLElement): boolean {
  return box.scrollWidth > box.clientWidth + TOLERANCE_PX;
}

function tableLabel(table: HTMLTableElement | null): string {
  const caption = table?.caption?.textContent?.replace(/\s+/g, ' ').trim();
  if (caption) return `Table: ${caption}`;
  const headers = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim()).filter(Boolean);
  return headers.length ? `Table of ${headers.slice(0, MAX_HEADERS_IN_LABEL).join(', ')}` : 'Table';
}

export function scrollBoxLabel(box: HTMLElement): string {
  if (box.matches('.katex-display')) return `Formula ${HINT}`;
  return `${tableLabel(box.querySelector('table'))} ${HINT}`;
}

/** Makes the box reachable when it overflows and plain again when it fits. Returns whether it overflows. */
export function updateScrollBox(box: HTMLElement): boolean {
  const wide = overflows(box);
  const marked = box.dataset[MARKER] !== undefined;
  if (wide && !marked) {
    // Boxes that are focusable already (or hold a labelled region of their own) keep what they have.
    if (box.hasAttribute('tabindex')) return wide;
    box.dataset[MARKER] = '';
    box.tabIndex = 0;
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', scrollBoxLabel(box));
  } else if (!wide && marked) {
    delete box.dataset[MARKER];
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
  }
  return wide;
}

export function watchScrollBoxes(root: ParentNode = document): void {
  if (typeof ResizeObserver !== 'function') return;
  const boxOf = new WeakMap<Element, HTMLElement>();
  const resizes = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const box = boxOf.get(target);
      if (box?.isConnected) updateScrollBox(box);
    }
  });
  /** Observes the box and its current children (observing twice is harmless). */
  const watch = (box: HTMLElement) => {
    for (const part of [box, ...box.children]) {
      boxOf.set(part, box);
      resizes.observe(part);
    }
  };
  const watchWithin = (node: Node) => {
    if (!(node instanceof HTMLElement)) return;
    if (node.matches(SCROLL_BOX_SELECTOR)) watch(node);
    node.querySelectorAll<HTMLElement>(SCROLL_BOX_SELECTOR).forEach(watch);
  };
  root.querySelectorAll<HTMLElement>(SCROLL_BOX_SELECTOR).forEach(watch);
  new MutationObserver((mutations) => {
    for (const { target, addedNodes } of mutations) {
      addedNodes.forEach(watchWithin);
      // A widget that swaps the table inside a box: watch the new table too. The resize observer
      // reports it (a newly observed element is reported once), so no layout is forced here: a
      // widget redrawing a table row by row while it trains would pay a synchronous layout each time.
      const box = target instanceof HTMLElement ? target.closest<HTMLElement>(SCROLL_BOX_SELECTOR) : null;
      if (box && addedNodes.length) watch(box);
    }
  }).observe(root, { childList: true, subtree: true });
}
