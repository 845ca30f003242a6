/**
 * Draws the explorer's text from its curves: the formula cards and the properties table, in the page
 * and, into a linkedom document, at build time. Everything from the reader or the URL reaches the
 * page as text nodes; only the catalog's own formulas become markup, as KaTeX rendered them at build
 * time (explorer-tex-sources.ts, served as EXPLORER_MATH_FILE), so the widget fetches HTML instead
 * of loading KaTeX.
 */
import type { ActivationProperties, Saturation } from '../../../lab/index';
import { curveLabel, entryOf, formatValue, paramText, resolvedParams, shortName, texAsText, type ExplorerCurve } from './explorer-curves';

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

/** Makes elements, with their attributes and children (text is set as text), in the document that holds `target`. */
function elementMaker(target: HTMLElement) {
  return <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]) => {
    const node = target.ownerDocument.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
}

/** The formula as KaTeX rendered it at build time, or as plain text when the table lacks it (texAsText). */
function fillMath(holder: HTMLElement, math: MathTable, source: string): HTMLElement {
  const html = Object.hasOwn(math, source) ? math[source] : undefined;
  if (html === undefined) holder.replaceChildren(elementMaker(holder)('span', { class: 'math-text' }, texAsText(source)));
  else holder.innerHTML = html;
  return holder;
}

/** One card per curve: its name and parameter values, f and f′ (softmax: its Jacobian), what it is. */
export function drawFormulas(math: MathTable, curves: readonly ExplorerCurve[], target: HTMLElement): void {
  const element = elementMaker(target);
  target.replaceChildren(
    ...curves.map((curve) => {
      const entry = entryOf(curve);
      const values = paramText(curve);
      const title = element('p', { class: 'formula-title' }, `${shortName(entry)} `);
      if (values) title.append(element('span', { class: 'values' }, `with ${values}`));
      const maths = [entry.formula, entry.derivativeFormula].map((source) => fillMath(element('div', { class: 'math' }), math, source));
      const note = entry.kind === 'vector' ? [element('p', { class: 'note' }, `Plotted: ${entry.slice.description}`)] : [];
      const description = element('p', { class: 'description' }, entry.description);
      return element('section', { class: 'formula', 'aria-label': shortName(entry) }, title, ...maths, ...note, description);
    }),
  );
}

export interface PropertyRow {
  label: string;
  /** What the row measures, in words (shown as the row header's description). */
  meaning: string;
  /** True when the cells are KaTeX sources rather than plain text. */
  tex?: boolean;
  cells: string[];
}

const SATURATION_WORDS: Readonly<Record<Saturation, string>> = {
  none: 'no',
  left: 'for large negative x',
  right: 'for large positive x',
  both: 'on both sides',
};

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

function kinksText(kinks: readonly number[]): string {
  return kinks.length === 0 ? 'none' : `at x = ${kinks.map((x) => formatValue(x)).join(' and ')}`;
}

const ROWS: readonly (Omit<PropertyRow, 'cells'> & { cell: (p: ActivationProperties) => string })[] = [
  { label: 'Output range', meaning: 'the values f can take', tex: true, cell: (p) => p.range.label },
  { label: 'Monotonic', meaning: 'never changes direction', cell: (p) => yesNo(p.monotonic) },
  { label: 'Smooth (C¹)', meaning: 'the slope has no jumps', cell: (p) => yesNo(p.smooth) },
  { label: 'f(0) = 0, both signs', meaning: 'passes through the origin and outputs negative as well as positive values', cell: (p) => yesNo(p.zeroCentred) },
  { label: 'Saturates', meaning: 'where the slope fades to zero', cell: (p) => SATURATION_WORDS[p.saturating] },
  { label: 'Corners or jumps', meaning: 'where f′ is undefined', cell: (p) => kinksText(p.kinks) },
  { label: 'Cost (catalog)', meaning: 'per element: cheap needs no exponential, moderate one (exp, erf or tanh), expensive two or more', cell: (p) => p.cost },
];

/** The properties table as plain rows (one column per curve), from the catalog's properties(params). */
export function propertyRows(curves: readonly ExplorerCurve[]): PropertyRow[] {
  const properties = curves.map((curve) => entryOf(curve).properties(resolvedParams(curve)));
  return ROWS.map(({ cell, ...row }) => ({ ...row, cells: properties.map(cell) }));
}

export function drawProperties(math: MathTable, curves: readonly ExplorerCurve[], table: HTMLTableElement): void {
  const element = elementMaker(table);
  const columnHeader = (text: string) => element('th', { scope: 'col' }, text);
  const head = element('thead', {}, element('tr', {}, columnHeader('Property'), ...curves.map((curve) => columnHeader(curveLabel(curve)))));
  const rows = propertyRows(curves).map((row) => element('tr', {},
    element('th', { scope: 'row', title: row.meaning }, row.label),
    ...row.cells.map((cell) => (row.tex ? fillMath(element('td'), math, cell) : element('td', {}, cell))),
  ));
  const caption = table.querySelector('caption');
  table.replaceChildren(...(caption ? [caption] : []), head, element('tbody', {}, ...rows));
}
