// The Content-Security-Policy every page carries (Astro's `security.csp` writes it as a <meta> tag
// and adds the hashes of the inline scripts it bundles). Each allowance beyond 'self' is explained.
// No directive names another origin: nothing the site needs lives elsewhere.

/** Script sources on top of 'self' and Astro's per-page hashes. */
const SCRIPT_SOURCES = [
  "'self'",
  // The tfjs wasm backend compiles its .wasm module (served from our origin); Pagefind search does too.
  "'wasm-unsafe-eval'",
  // Notebook cells run code the reader edits: the kernel compiles each cell with (Async)Function,
  // which CSP treats as eval. Without this, no cell could run. The code never comes from elsewhere.
  "'unsafe-eval'",
];

/**
 * Style sources. 'unsafe-inline' is needed because KaTeX positions every glyph with style attributes
 * (build-time HTML), Observable Plot writes a <style> element into each chart it draws, and
 * CodeMirror and Pagefind's UI add styles at run time. Styles cannot run code; scripts stay hashed.
 */
const STYLE_SOURCES = ["'self'", "'unsafe-inline'"];

const OTHER_DIRECTIVES = [
  "default-src 'self'",
  // data: for inline SVG icons and KaTeX; blob: for charts or images drawn in the page and saved.
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // Training may run in a Web Worker; the tfjs wasm backend can start its workers from blob: URLs.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

export const contentSecurityPolicy = {
  algorithm: 'SHA-256',
  directives: OTHER_DIRECTIVES,
  scriptDirective: { resources: SCRIPT_SOURCES },
  styleDirective: { resources: STYLE_SOURCES },
};
