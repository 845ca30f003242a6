/** The element a chart is drawn into: how wide to draw, what to say before there is a chart, and the lines of text beside it. */

/** A muted line in the chart's place, until there is something to draw. */
export function placeholder(text: string): HTMLElement {
  return Object.assign(document.createElement('p'), { className: 'placeholder', textContent: text });
}

/** A chart's width: the space its container has (as measured), within [min, max] (max before layout). */
export function clampWidth(measured: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, measured || max)));
}

/** Puts each non-empty text in its own paragraph. */
export function showParagraphs(container: HTMLElement, texts: readonly string[]): void {
  container.replaceChildren(...texts.filter(Boolean).map((text) => Object.assign(document.createElement('p'), { textContent: text })));
}

/** Puts each text on its own line (a span with class "line", which the widget's style shows as a block). */
export function showLines(container: HTMLElement, texts: readonly string[]): void {
  container.replaceChildren(...texts.map((text) => Object.assign(document.createElement('span'), { className: 'line', textContent: text })));
}

/** How often, by default, a full chart render is redrawn while a model trains. */
export const LIVE_CHART_INTERVAL_MS = 400;

/**
 * For a part that is a full chart render: true at most once per `intervalMs` (the first call always),
 * so while a model trains the chart is redrawn less often than the cheap text beside it.
 */
export function redrawGate(intervalMs = LIVE_CHART_INTERVAL_MS): () => boolean {
  let drawnAt = -Infinity;
  return () => {
    const now = performance.now();
    if (now - drawnAt < intervalMs) return false;
    drawnAt = now;
    return true;
  };
}
