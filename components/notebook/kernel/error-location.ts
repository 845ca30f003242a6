/** Where in which cell a runtime error happened, read from the stack trace. */
import { DYNAMIC_FUNCTION_HEADER_LINES } from './compile-cell';

export interface CellLocation {
  cellId: string;
  /** 1-based line in that cell's source. */
  line: number;
}

const CELL_FRAME = /notebook\/([\w-]+)\.js:(\d+):\d+/;

/** The innermost stack frame that belongs to a cell, if any. */
export function locateInCell(error: unknown): CellLocation | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (!stack) return undefined;
  for (const frame of stack.split('\n')) {
    const match = CELL_FRAME.exec(frame);
    if (!match) continue;
    const line = Number(match[2]) - DYNAMIC_FUNCTION_HEADER_LINES;
    if (line >= 1) return { cellId: match[1], line };
  }
  return undefined;
}

const UNDEFINED_NAME = /^(?:(\S+) is not defined|Can't find variable: (\S+))$/;

/** The name behind "x is not defined" (V8, SpiderMonkey) or "Can't find variable: x" (JSC). */
export function undefinedNameIn(error: unknown): string | undefined {
  if (!(error instanceof ReferenceError)) return undefined;
  const match = UNDEFINED_NAME.exec(error.message);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Frames V8 keeps while cells run: enough to reach the cell's frame from deep inside tfjs. */
const CELL_STACK_TRACE_LIMIT = 100;

/**
 * Deepens stack traces (V8's Error.stackTraceLimit, 10 by default) until the returned function is
 * called, so an error thrown deep inside a library still has the cell's frame in its stack.
 */
export function deepenStackTraces(): () => void {
  const errorConstructor = Error as ErrorConstructor & { stackTraceLimit?: number };
  const previous = errorConstructor.stackTraceLimit;
  if (typeof previous !== 'number') return () => undefined;
  errorConstructor.stackTraceLimit = Math.max(previous, CELL_STACK_TRACE_LIMIT);
  return () => {
    errorConstructor.stackTraceLimit = previous;
  };
}
