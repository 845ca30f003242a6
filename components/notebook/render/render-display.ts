/**
 * One output item on the page from the kernel's display data. Text reaches the page through
 * textContent only; markup (a chart) only after sanitising. Each chart becomes one image for
 * assistive technology, named when its author gave it no name.
 */
import type { DisplayData } from './display-data';
import { renderError } from './render-error';
import { renderTable } from './render-table';
import { sanitisedMarkup } from './safe-markup';
import { giveIdsPrefix } from '../../ui/charts/own-ids';

function hasAccessibleName(element: Element): boolean {
  if (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')) return true;
  return element.localName === 'svg' && element.querySelector(':scope > title') !== null;
}

/** Top-level charts: svg elements not inside another svg. */
function chartsIn(root: ParentNode): Element[] {
  return [...root.querySelectorAll('svg')].filter((element) => !element.parentElement?.closest('svg'));
}

/**
 * Inside an image, the labels Plot puts on its mark groups (aria-label="dot" on a <g>, which ARIA
 * does not allow there) can never be read, so they are removed.
 */
function renderMarkup(markup: string, label: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'nb-figure';
  wrapper.append(sanitisedMarkup(markup));
  // The worker's Plot numbers its clip paths as the page's own charts do: the label keeps them apart.
  giveIdsPrefix(wrapper, label.replace(/[^A-Za-z0-9-]+/g, '-'));
  for (const chart of chartsIn(wrapper)) {
    if (!chart.hasAttribute('role')) chart.setAttribute('role', 'img');
    if (!hasAccessibleName(chart)) chart.setAttribute('aria-label', `Chart from ${label}`);
    if (chart.getAttribute('role') === 'img') {
      for (const inner of chart.querySelectorAll('[aria-label]:not([role])')) inner.removeAttribute('aria-label');
    }
  }
  return wrapper;
}

export function textOutput(text: string, className: string): HTMLElement {
  const pre = document.createElement('pre');
  pre.className = `nb-text ${className}`;
  pre.textContent = text;
  return pre;
}

function note(text: string): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'nb-note';
  paragraph.textContent = text;
  return paragraph;
}

function consoleLine(level: string, text: string): HTMLElement {
  const line = textOutput(text, `nb-console nb-console-${level}`);
  line.dataset.level = level;
  if (level === 'warn' || level === 'error') line.prepend(level === 'warn' ? 'Warning: ' : 'Error: ');
  return line;
}

/** `label` names the cell in accessible names, e.g. "cell 3". */
export function renderDisplay(data: DisplayData, label: string, positionOf: (cellId: string) => number | undefined): HTMLElement {
  switch (data.kind) {
    case 'text':
      return textOutput(data.text, 'nb-value');
    case 'table':
      return renderTable(data.table, `Table from ${label}`);
    case 'markup':
      return renderMarkup(data.markup, label);
    case 'console':
      return consoleLine(data.level, data.text);
    case 'note':
      return note(data.text);
    case 'error':
      return renderError(data.error, positionOf);
  }
}
