/**
 * Compiles a transformed cell into a function that runs it against the page scope. The cell body
 * runs inside `with (builtins) with (scope)`: reads and writes of scope names reach the scope
 * object, other names fall through to the kernel's globals (tf, Plot, display, the lab API) and
 * then to the real globals. The body itself is a strict async function, so top-level `await` works
 * and assigning to an undeclared name is an error rather than a new global.
 */
import { GUARD_NAME, SCOPE_NAME, transformCell, type TransformedCell } from '../transform/transform-cell';

const BUILTINS_NAME = '__notebookBuiltins__';

/**
 * A dynamic function's source is "function anonymous(<params>\n) {\n<body>\n}" (ECMA-262,
 * CreateDynamicFunction), so the body starts on line 3 of what stack traces report.
 */
export const DYNAMIC_FUNCTION_HEADER_LINES = 2;

export type Scope = Record<string, unknown>;

export interface CompiledCell extends TransformedCell {
  run(scope: Scope, builtins: Scope, guard: () => void): Promise<unknown>;
}

/** A file name for stack traces; `cellIdFromStackUrl` reads it back. */
export function cellSourceUrl(cellId: string): string {
  return `notebook/${cellId}.js`;
}

export function compileCell(source: string, cellId: string): CompiledCell {
  const transformed = transformCell(source);
  const wrapped =
    `with (${BUILTINS_NAME}) with (${SCOPE_NAME}) { return (async function () { "use strict"; ` +
    `${transformed.body}\n}).call(undefined); }\n//# sourceURL=${cellSourceUrl(cellId)}`;
  const fn = new Function(BUILTINS_NAME, SCOPE_NAME, GUARD_NAME, wrapped) as (
    builtins: Scope,
    scope: Scope,
    guard: () => void,
  ) => Promise<unknown>;
  return {
    ...transformed,
    run: (scope, builtins, guard) => {
      for (const name of transformed.declaredNames) {
        if (!Object.hasOwn(scope, name)) scope[name] = undefined;
      }
      return fn(builtins, scope, guard);
    },
  };
}
