/**
 * One output item for any value: DOM nodes (a Plot chart) are inserted, tensors print like
 * tensor.print(), rows of objects become a table, anything else is inspected as text. Values only
 * ever reach the page through textContent and DOM methods.
 */
import { inspect, type InspectOptions } from './inspect';
import { isTableData, renderTable } from './render-table';
import { inspectTfValue } from './tf-values';

export const INSPECT_OPTIONS: InspectOptions = { custom: inspectTfValue };

function hasAccessibleName(element: Element): boolean {
  if (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')) return true;
  return element.localName === 'svg' && element.querySelector(':scope > title') !== null;
}

/** Top-level charts in a node: svg elements not inside another svg, and canvases. */
function chartsIn(node: Node): Element[] {
  if (!(node instanceof Element)) return [];
  const candidates = [node, ...node.querySelectorAll('svg, canvas')];
  return candidates.filter((element) => (element.localName === 'svg' && !element.parentElement?.closest('svg')) || element.localName === 'canvas');
}

/**
 * Inserts a DOM node. Each chart becomes one image for assistive technology, named when its author
 * gave it no name. Inside an image, the labels Plot puts on its mark groups (aria-label="dot" on a
 * <g>, which ARIA does not allow there) can never be read, so they are removed.
 */
function renderNode(node: Node, label: string): HTMLElement {
  for (const chart of chartsIn(node)) {
    if (!chart.hasAttribute('role')) chart.setAttribute('role', 'img');
    if (!hasAccessibleName(chart)) chart.setAttribute('aria-label', `Chart from ${label}`);
    if (chart.getAttribute('role') === 'img') {
      for (const inner of chart.querySelectorAll('[aria-label]:not([role])')) inner.removeAttribute('aria-label');
    }
  }
  const wrapper = document.createElement('div');
  wrapper.className = 'nb-figure';
  wrapper.append(node);
  return wrapper;
}

export function textOutput(text: string, className: string): HTMLElement {
  const pre = document.createElement('pre');
  pre.className = `nb-text ${className}`;
  pre.textContent = text;
  return pre;
}

/** `label` names the cell in accessible names, e.g. "cell 3". */
export function renderValue(value: unknown, label: string): HTMLElement {
  if (typeof Node !== 'undefined' && value instanceof Node) return renderNode(value, label);
  if (typeof value === 'string') return textOutput(value, 'nb-value');
  if (isTableData(value)) return renderTable(value, INSPECT_OPTIONS, `Table from ${label}`);
  return textOutput(inspect(value, INSPECT_OPTIONS), 'nb-value');
}

/** Console arguments joined as a console would: strings as they are, other values inspected. */
export function consoleText(args: readonly unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, INSPECT_OPTIONS))).join(' ');
}
