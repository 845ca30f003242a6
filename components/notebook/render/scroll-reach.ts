/**
 * An output that scrolls (a wide tensor, a long log, a wide chart) must be reachable from the
 * keyboard, or a keyboard user cannot scroll it (axe: scrollable-region-focusable). Only outputs
 * that really overflow get a tab stop, so short ones add no stops to the page; a ResizeObserver
 * keeps that true when the page is resized or the output grows.
 */
const SCROLLERS = '.nb-text, .nb-figure, .nb-error-excerpt';
/** Rounding of fractional widths can leave a pixel of phantom overflow. */
const TOLERANCE_PX = 1;

function overflows(element: HTMLElement): boolean {
  return element.scrollWidth > element.clientWidth + TOLERANCE_PX || element.scrollHeight > element.clientHeight + TOLERANCE_PX;
}

function updateTabStop(element: HTMLElement): void {
  if (overflows(element)) element.tabIndex = 0;
  else element.removeAttribute('tabindex');
}

export function keepScrollableReachable(node: HTMLElement): void {
  if (typeof ResizeObserver !== 'function') return;
  const scrollers = [node, ...node.querySelectorAll<HTMLElement>(SCROLLERS)].filter((element) => element.matches(SCROLLERS));
  if (scrollers.length === 0) return;
  const observer = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      if (target.isConnected) updateTabStop(target as HTMLElement);
      else observer.unobserve(target);
    }
  });
  for (const element of scrollers) observer.observe(element);
}
