/**
 * A chapter's sections (site/markdown/rehype-chapter-sections.mjs) start with content-visibility:
 * auto, so the first layout covers only what is on screen. Once the page has loaded, this lays the
 * others out too, one section per idle period, so each frame adds one section's style and layout
 * (a few milliseconds) instead of the whole chapter in one long task. Afterwards every section has
 * its real size and place: a jump to a heading, find-in-page, the scroll bar and anything that
 * measures the page (the accessibility checks' hit tests among them) see the chapter as it is.
 */
export const SECTION_SELECTOR = '.prose > .prose-section';
/** Set on a section once it is laid out whether or not it is on screen (global.css). */
export const LAID_OUT_ATTRIBUTE = 'data-laid-out';
/** The longest an idle period is waited for before the next section goes ahead anyway. */
const IDLE_TIMEOUT_MS = 500;

function whenIdle(callback: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(callback, 0);
}

/** Lays out the next section not yet laid out, then waits for the frame that does it and an idle period. */
function layOutFrom(sections: readonly Element[], index: number): void {
  const section = sections[index];
  if (!section) return;
  section.setAttribute(LAID_OUT_ATTRIBUTE, '');
  requestAnimationFrame(() => whenIdle(() => layOutFrom(sections, index + 1)));
}

export function layOutSectionsAfterLoad(): void {
  const start = () => whenIdle(() => layOutFrom([...document.querySelectorAll(SECTION_SELECTOR)], 0));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
