// The Content-Security-Policy every page carries (Astro's `security.csp` writes it as a <meta> tag
// and adds the hashes of the inline scripts it bundles). Each allowance beyond 'self' is explained.
// No directive names another origin: nothing the site needs lives elsewhere.

/** Script sources on top of 'self' and Astro's per-page hashes. */
/** @type {string[]} */
const SCRIPT_SOURCES = [
  "'self'",
  // WebAssembly compilation: Pagefind's search index runs as wasm, and so does tfjs's wasm backend
  // (both served from our origin).
  "'wasm-unsafe-eval'",
  // Notebook cells run code the reader edits: the kernel compiles each cell with new Function
  // (components/notebook/kernel/compile-cell.ts), which CSP treats as eval. Without this no cell
  // could run. The code is the chapter's or the reader's own; it is never fetched from elsewhere.
  "'unsafe-eval'",
];

/**
 * Style sources. 'unsafe-inline' is needed because KaTeX positions every glyph with style attributes
 * (build-time HTML), Observable Plot writes a <style> element into each chart it draws, and
 * CodeMirror and Pagefind's UI add styles at run time. Styles cannot run code; scripts stay hashed.
 */
const STYLE_SOURCES = ["'self'", "'unsafe-inline'"];

/** @type {import('astro').CspDirective[]} */
const OTHER_DIRECTIVES = [
  "default-src 'self'",
  // data: for chart rasters (Plot draws heatmaps to a canvas and embeds them as data: images);
  // blob: for figures drawn in the page and offered back as images.
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // Training may move to a Web Worker (a bundled file from 'self'); blob: covers workers that
  // libraries start from generated code, as emscripten builds such as tfjs's wasm backend can.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** @type {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>} */
export const contentSecurityPolicy = {
  algorithm: 'SHA-256',
  directives: OTHER_DIRECTIVES,
  scriptDirective: { resources: SCRIPT_SOURCES },
  styleDirective: { resources: STYLE_SOURCES },
};
