/**
 * Chart widths, the one resize API: the part painter (part-painter.ts) watches a widget's chart
 * slots with it. Charts are sized by width; their height changes whenever a chart replaces a
 * placeholder, and redrawing every chart then would only cost time, so this reacts to width changes
 * only. Widths are measured when a ResizeObserver reports (layout is fresh then), so a paint never
 * reads clientWidth after the page changed and forces a synchronous layout.
 */
export interface WidthWatch {
  /** The element's clientWidth as last reported (measured once, now, if it was never reported). */
  width(element: HTMLElement): number;
}

/** Watches the elements; `onResize` runs after a report in which some element's width changed. */
export function watchWidths(elements: readonly HTMLElement[], onResize: () => void): WidthWatch {
  const widths = new Map<Element, number>();
  const observer = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const width = (entry.target as HTMLElement).clientWidth;
      if (widths.get(entry.target) === width) continue;
      widths.set(entry.target, width);
      changed = true;
    }
    if (changed) onResize();
  });
  elements.forEach((element) => observer.observe(element));
  return {
    width(element) {
      let width = widths.get(element);
      if (width === undefined) {
        width = element.clientWidth;
        widths.set(element, width);
      }
      return width;
    },
  };
}
