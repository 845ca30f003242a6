/**
 * Parses a cell's source with acorn. Cells are parsed as strict module code so top-level `await`
 * works and the strictness matches how the kernel runs them; `import`/`export` are rejected because
 * a cell has no module of its own (tf, Plot and the lab API are already in scope).
 */
import { parse, type Program } from 'acorn';

/** A syntax error located in the cell's own numbering: line and column both start at 1. */
export class CellSyntaxError extends SyntaxError {
  override name = 'SyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const ACORN_LOCATION_SUFFIX = /\s*\(\d+:\d+\)$/;

interface AcornError extends SyntaxError {
  loc?: { line: number; column: number };
}

export function parseCell(source: string): Program {
  let program: Program;
  try {
    program = parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  } catch (error) {
    const loc = (error as AcornError).loc;
    if (!(error instanceof SyntaxError) || !loc) throw error;
    throw new CellSyntaxError(error.message.replace(ACORN_LOCATION_SUFFIX, ''), loc.line, loc.column + 1);
  }
  for (const statement of program.body) {
    if (statement.type.startsWith('Import') || statement.type.startsWith('Export')) {
      const start = statement.loc!.start;
      throw new CellSyntaxError(
        '`import` and `export` are not available in a cell; tf, Plot, display and the lab API are already in scope',
        start.line,
        start.column + 1,
      );
    }
  }
  return program;
}
