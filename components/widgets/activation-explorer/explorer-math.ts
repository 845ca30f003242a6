/**
 * The explorer's formulas in the page: KaTeX rendered them at build time (explorer-tex-sources.ts,
 * served as EXPLORER_MATH_FILE), so the widget fetches HTML instead of loading KaTeX.
 */

/** KaTeX source → its HTML. */
export type MathTable = Readonly<Record<string, string>>;

/** The formulas KaTeX rendered at build time; when they cannot be fetched, formulas show as text (texAsText). */
export async function loadMath(url: string | undefined): Promise<MathTable> {
  try {
    if (!url) throw new Error('data-math-url is missing');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as MathTable;
  } catch (error) {
    console.warn('activation explorer: formulas will show as plain text:', error);
    return {};
  }
}

const TEX_WORDS: Readonly<Record<string, string>> = {
  '\\approx': '≈', '\\infty': '∞', '\\alpha': 'α', '\\beta': 'β', '\\lambda': 'λ', '\\gamma': 'γ',
  '\\{': '{', '\\}': '}', '\\ ': ' ', '\\textstyle': '', '\\sum': 'Σ', '\\cdot': '·',
};

/**
 * A short KaTeX source as plain text, for a source the build could not render ahead: an output
 * range whose bound depends on a parameter value a link set between the slider's steps, such as
 * Swish's "[\approx -0.2785, \infty)" → "[≈ −0.2785, ∞)". Unknown commands stay as written.
 */
export function texAsText(source: string): string {
  return source
    .replace(/\\[A-Za-z]+|\\[{} ]/g, (command) => TEX_WORDS[command] ?? command)
    .replace(/-(?=[\d.])/g, '−')
    .replace(/\s+/g, ' ')
    .trim();
}
