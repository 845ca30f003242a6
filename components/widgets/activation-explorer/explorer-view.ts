/**
 * Draws the explorer's outputs from its curves: the f and f′ charts with their captions, the formula
 * cards and the properties table. Everything from the reader or the URL reaches the page as text
 * nodes; only the catalog's own formulas become markup, as KaTeX rendered them at build time (MathTable).
 */
import type { ChartPalette } from '../../ui/charts/chart-palette';
import { renderLineOverlay, type OverlaySeries } from '../../ui/charts/line-overlay';
import { seriesStyle } from '../../ui/charts/series-style';
import { SAMPLE_COUNT, X_RANGE } from './explorer-config';
import { chartCaptions, chartLabels, sampleCurve, valueDomain, type ExplorerCurve } from './explorer-curves';
import { formulaBlock } from './explorer-formulas';
import { texAsText, type MathTable } from './explorer-math';
import { propertyColumns, propertyRows } from './explorer-properties';

const CHART_HEIGHT = 250;
const CHART_MIN_WIDTH = 270;
const CHART_MAX_WIDTH = 520;
const LABEL_WIDTH = 112;

export interface ChartTargets {
  chart: HTMLElement;
  caption: HTMLElement;
}

export function drawCharts(
  curves: readonly ExplorerCurve[],
  palette: ChartPalette,
  colours: readonly string[],
  [valueTarget, slopeTarget]: [ChartTargets, ChartTargets],
): void {
  const samples = curves.map((curve) => sampleCurve(curve, X_RANGE, SAMPLE_COUNT));
  const text = chartCaptions(curves, X_RANGE, SAMPLE_COUNT);
  const labels = chartLabels(curves);
  const width = Math.round(Math.max(CHART_MIN_WIDTH, Math.min(CHART_MAX_WIDTH, valueTarget.chart.clientWidth || CHART_MAX_WIDTH)));
  const draw = (pick: (index: number) => number[], yLabel: string, target: ChartTargets, caption: string) => {
    const series: OverlaySeries[] = curves.map((curve, index) => {
      const style = seriesStyle(index);
      const ys = pick(index);
      return {
        label: labels[index]!,
        style,
        colour: colours[index % colours.length] ?? palette.fg,
        points: samples[index]!.xs.map((x, i) => ({ x, y: ys[i]! })),
      };
    });
    const chart = renderLineOverlay({
      series,
      xDomain: [X_RANGE[0], X_RANGE[1]],
      yDomain: valueDomain(curves.map((_, index) => pick(index)), 1),
      xLabel: 'x',
      yLabel,
      width,
      height: CHART_HEIGHT,
      palette,
      ariaLabel: caption,
      labelWidth: LABEL_WIDTH,
      verticalZero: true,
    });
    target.chart.replaceChildren(chart);
    target.caption.textContent = caption;
  };
  draw((index) => samples[index]!.values, 'f(x)', valueTarget, text.value);
  draw((index) => samples[index]!.slopes, 'f′(x)', slopeTarget, text.derivative);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The formula as KaTeX rendered it at build time, or as plain text when the table lacks it (texAsText). */
function fillMath(holder: HTMLElement, math: MathTable, source: string): HTMLElement {
  const html = Object.hasOwn(math, source) ? math[source] : undefined;
  if (html === undefined) holder.replaceChildren(element('span', 'math-text', texAsText(source)));
  else holder.innerHTML = html;
  return holder;
}

export function drawFormulas(math: MathTable, curves: readonly ExplorerCurve[], target: HTMLElement): void {
  target.replaceChildren(
    ...curves.map((curve) => {
      const block = formulaBlock(curve);
      const card = element('section', 'formula');
      card.setAttribute('aria-label', block.title);
      const title = element('p', 'formula-title', `${block.title} `);
      if (block.values) title.append(element('span', 'values', block.values));
      card.append(title, fillMath(element('div', 'math'), math, block.formula), fillMath(element('div', 'math'), math, block.derivative));
      if (block.note) card.append(element('p', 'note', block.note));
      card.append(element('p', 'description', block.description));
      return card;
    }),
  );
}

export function drawProperties(math: MathTable, curves: readonly ExplorerCurve[], table: HTMLTableElement): void {
  const head = element('thead');
  const headRow = element('tr');
  headRow.append(element('th', undefined, 'Property'), ...propertyColumns(curves).map((column) => element('th', undefined, column)));
  headRow.querySelectorAll('th').forEach((cell) => cell.setAttribute('scope', 'col'));
  head.append(headRow);
  const body = element('tbody');
  for (const row of propertyRows(curves)) {
    const tr = element('tr');
    const header = element('th', undefined, row.label);
    header.scope = 'row';
    header.title = row.meaning;
    tr.append(header);
    for (const cell of row.cells) {
      const td = element('td');
      if (cell.tex) fillMath(td, math, cell.content);
      else td.textContent = cell.content;
      tr.append(td);
    }
    body.append(tr);
  }
  const caption = table.querySelector('caption');
  table.replaceChildren(...(caption ? [caption] : []), head, body);
}
