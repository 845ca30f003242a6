/**
 * What a cell shows for an error, as plain data: the type and message, where in the code it
 * happened (this cell's line, or another cell's), and the offending line with a caret for syntax
 * errors. DOM-free; render-error.ts turns it into elements.
 */
import { CellSyntaxError } from '../transform/parse';
import { locateInCell, undefinedNameIn } from '../kernel/error-location';
import { InterruptError } from '../kernel/interrupt-guard';
import { NotRunYetError } from '../kernel/unrun-cell-error';
import { inspect } from './inspect';

export interface ErrorContext {
  /** The cell the error is shown in. */
  cellId: string;
  /** The code that ran, for quoting the failing line. */
  source: string;
  /** 1-based page position of a cell, for naming other cells. */
  positionOf(cellId: string): number | undefined;
}

export interface ErrorReport {
  kind: 'syntax' | 'interrupt' | 'not-run' | 'runtime';
  /** e.g. "TypeError". */
  name: string;
  message: string;
  /** e.g. "line 3" or "line 2 of cell [1]". */
  where?: string;
  /** The failing line, numbered, with a caret under the column for syntax errors. */
  excerpt?: string;
  /** A cell to link to (the one that must run first, or the one the error came from). */
  linkCellId?: string;
}

function numberedLine(source: string, line: number, column?: number): string | undefined {
  const text = source.split('\n')[line - 1];
  if (text === undefined) return undefined;
  const prefix = `${line} | `;
  const caret = column === undefined ? '' : `\n${' '.repeat(prefix.length + column - 1)}^`;
  return `${prefix}${text}${caret}`;
}

/** Names that exist on the page but not in the kernel worker, where cells run. */
const PAGE_ONLY_NAMES = new Set(['window', 'document', 'alert', 'customElements', 'HTMLElement']);

/** The message, plus why a page-only name is missing: cells run apart from the page. */
function messageOf(error: Error): string {
  const name = undefinedNameIn(error);
  if (!name || !PAGE_ONLY_NAMES.has(name)) return error.message;
  return (
    `${error.message}. Cells run in a kernel apart from the page (a Web Worker, so that Interrupt and Restart ` +
    'always work): the page, its widgets and `' + name + '` are out of reach here. Show results with display() or a final expression.'
  );
}

export function reportError(error: unknown, context: ErrorContext): ErrorReport {
  if (error instanceof CellSyntaxError) {
    return {
      kind: 'syntax',
      name: 'SyntaxError',
      message: error.message,
      where: `line ${error.line}, column ${error.column}`,
      excerpt: numberedLine(context.source, error.line, error.column),
    };
  }
  if (error instanceof NotRunYetError) {
    return { kind: 'not-run', name: error.name, message: error.message, linkCellId: error.declaringCell.id };
  }
  if (!(error instanceof Error)) {
    return { kind: 'runtime', name: 'Uncaught', message: inspect(error) };
  }
  const kind = error instanceof InterruptError ? 'interrupt' : 'runtime';
  const message = messageOf(error);
  const location = locateInCell(error);
  if (!location) return { kind, name: error.name, message };
  if (location.cellId === context.cellId) {
    return { kind, name: error.name, message, where: `line ${location.line}`, excerpt: numberedLine(context.source, location.line) };
  }
  const position = context.positionOf(location.cellId);
  return {
    kind,
    name: error.name,
    message,
    where: position ? `line ${location.line} of cell [${position}]` : `line ${location.line} of another cell`,
    linkCellId: position ? location.cellId : undefined,
  };
}
