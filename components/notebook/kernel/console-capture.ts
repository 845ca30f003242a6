/**
 * Console output from cells goes into the cell's output. The kernel hands cells their own `console`
 * (so even callbacks that fire after a cell finished are caught) and, while a cell runs, also points
 * the page's console at it, so library output such as model.summary() lands in the cell too.
 * log and warn still reach the browser console; error does not, because a reader's mistake in a
 * cell is not a fault of the page, and it is shown in the cell instead.
 */
import type { ConsoleLevel, OutputSink } from '../render/output-sink';

export type SinkRoute = () => OutputSink | undefined;

const CAPTURED = ['log', 'info', 'debug', 'warn', 'error', 'table', 'dir'] as const;
type CapturedMethod = (typeof CAPTURED)[number];
type CapturedConsole = Pick<Console, CapturedMethod>;

const FORWARDED: ReadonlySet<CapturedMethod> = new Set(['log', 'info', 'debug', 'dir', 'warn']);

/** The page console's own methods, kept before anything is redirected. */
export function originalConsole(target: Console = console): CapturedConsole {
  return Object.fromEntries(CAPTURED.map((method) => [method, target[method].bind(target)])) as CapturedConsole;
}

export function createCellConsole(route: SinkRoute, original: CapturedConsole): Console {
  const write = (method: CapturedMethod, level: ConsoleLevel, args: unknown[]) => {
    const sink = route();
    if (sink && method === 'table') sink.table(args[0]);
    else sink?.console(level, args);
    if (FORWARDED.has(method) || !sink) original[method === 'error' ? 'warn' : method](...args);
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

/** Points the page console at `cellConsole` until the returned function is called. */
export function redirectPageConsole(cellConsole: CapturedConsole, target: Console = console): () => void {
  const saved = CAPTURED.map((method) => [method, target[method]] as const);
  for (const method of CAPTURED) target[method] = cellConsole[method];
  return () => {
    for (const [method, fn] of saved) target[method] = fn as never;
  };
}
