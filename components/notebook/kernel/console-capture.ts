/**
 * Console output from cells goes into the cell's output. The kernel hands cells their own `console`
 * (so even callbacks that fire after a cell finished are caught) and points the worker's console at
 * it too, so library output such as model.summary() lands in the cell as well. log and warn still
 * reach the browser's console; error does not, because a reader's mistake in a cell is not a fault
 * of the page, and it is shown in the cell instead.
 */
import type { ConsoleLevel } from '../render/display-data';

/** Where a cell's output goes: console lines and values (console.table shows its rows as a table). */
export interface CellOutput {
  console(level: ConsoleLevel, args: readonly unknown[]): void;
  value(value: unknown): void;
  /** True once the cell has shown as much as it may: further output is dropped, not even forwarded. */
  readonly full: boolean;
}

export type OutputRoute = () => CellOutput | undefined;

const CAPTURED = ['log', 'info', 'debug', 'warn', 'error', 'table', 'dir'] as const;
type CapturedMethod = (typeof CAPTURED)[number];
type CapturedConsole = Pick<Console, CapturedMethod>;

const FORWARDED: ReadonlySet<CapturedMethod> = new Set(['log', 'info', 'debug', 'dir', 'warn']);

/** The console's own methods, kept before anything is redirected. */
export function originalConsole(target: Console = console): CapturedConsole {
  return Object.fromEntries(CAPTURED.map((method) => [method, target[method].bind(target)])) as CapturedConsole;
}

export function createCellConsole(route: OutputRoute, original: CapturedConsole): Console {
  const write = (method: CapturedMethod, level: ConsoleLevel, args: unknown[]) => {
    const output = route();
    if (output?.full) return;
    if (output && method === 'table') output.value(args[0]);
    else output?.console(level, args);
    if (FORWARDED.has(method) || !output) original[method === 'error' ? 'warn' : method](...args);
  };
  const captured: CapturedConsole = {
    log: (...args) => write('log', 'log', args),
    info: (...args) => write('info', 'info', args),
    debug: (...args) => write('debug', 'debug', args),
    dir: (...args) => write('dir', 'log', args),
    warn: (...args) => write('warn', 'warn', args),
    error: (...args) => write('error', 'error', args),
    table: (...args) => write('table', 'log', args),
  };
  return Object.assign(Object.create(console), captured);
}

/** Points `target` (the worker's console) at `cellConsole` until the returned function is called. */
export function redirectConsole(cellConsole: CapturedConsole, target: Console = console): () => void {
  const saved = CAPTURED.map((method) => [method, target[method]] as const);
  for (const method of CAPTURED) target[method] = cellConsole[method];
  return () => {
    for (const [method, fn] of saved) target[method] = fn as never;
  };
}
