/**
 * Markup from the kernel (a Plot chart the worker drew) goes through DOMPurify before it reaches
 * the page: a cell's code is the reader's own, but a stored or shared edit is code the reader may
 * not have read, and it must not be able to put a script, an event handler or a javascript: link
 * into the page. Plot's charts (SVG with a <style>, a <figure> around a legend) pass unchanged.
 */
import DOMPurify from 'dompurify';

const PROFILES = { html: true, svg: true, svgFilters: true };

export function sanitisedMarkup(markup: string): DocumentFragment {
  return DOMPurify.sanitize(markup, { USE_PROFILES: PROFILES, RETURN_DOM_FRAGMENT: true });
}
