/**
 * What the kernel sends the page for one output item, made in the worker from a cell's values:
 * text (an inspected value or a tensor printed like tensor.print()), table data for rows of
 * objects, markup for a DOM node a cell made (a Plot chart, drawn into the worker's own document),
 * console lines, notes and error reports. DOM-free and tf-free.
 */
import type { ErrorReport } from './error-report';
import { inspect, type InspectOptions } from './inspect';
import { isTableData, tableData, type TableData } from './table-data';
import { inspectTfValue } from './tf-values';

export type ConsoleLevel = 'log' | 'info' | 'debug' | 'warn' | 'error';

export type DisplayData =
  | { kind: 'text'; text: string }
  | { kind: 'table'; table: TableData }
  /** HTML or SVG; the page sanitises it before it is shown. */
  | { kind: 'markup'; markup: string }
  | { kind: 'console'; level: ConsoleLevel; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'error'; error: ErrorReport };

export const INSPECT_OPTIONS: InspectOptions = { custom: inspectTfValue };

interface MarkupNode {
  nodeType: number;
  outerHTML: string;
}

/** An element from a DOM implementation (the worker's document): it knows its own markup. */
function isMarkupNode(value: unknown): value is MarkupNode {
  const node = value as Partial<MarkupNode> | null;
  return typeof node === 'object' && node !== null && node.nodeType === 1 && typeof node.outerHTML === 'string';
}

export function displayValue(value: unknown): DisplayData {
  if (isMarkupNode(value)) return { kind: 'markup', markup: value.outerHTML };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (isTableData(value)) return { kind: 'table', table: tableData(value, INSPECT_OPTIONS) };
  return { kind: 'text', text: inspect(value, INSPECT_OPTIONS) };
}

/** Console arguments joined as a console would: strings as they are, other values inspected. */
export function consoleText(args: readonly unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, INSPECT_OPTIONS))).join(' ');
}
