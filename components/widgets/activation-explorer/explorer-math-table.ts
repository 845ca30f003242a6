/**
 * Build time only: renders every KaTeX source the explorer can show (explorer-tex-sources.ts) to
 * HTML. The page fetches the table as JSON (EXPLORER_MATH_FILE) instead of loading KaTeX's 77 KB
 * of gzip JavaScript; the widget's markup uses the same renderer for its first, static view.
 */
import katex from 'katex';
import { explorerTexSources } from './explorer-tex-sources';

/** KaTeX's HTML and MathML for one source; a source KaTeX cannot parse shows as red text, never throws. */
export function texToHtml(source: string): string {
  return katex.renderToString(source, { throwOnError: false });
}

export function renderExplorerMath(): Record<string, string> {
  return Object.fromEntries(explorerTexSources().map((source) => [source, texToHtml(source)]));
}
