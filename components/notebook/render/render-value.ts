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
  if (element.querySelector(':scope > figcaption')) return true;
  return element.localName === 'svg' && element.querySelector(':scope > title') !== null;
}

function renderNode(node: Node, label: string): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'nb-figure';
  if (!(node instanceof Element) || !hasAccessibleName(node)) figure.setAttribute('aria-label', `Chart or element shown by ${label}`);
  figure.append(node);
  return figure;
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
