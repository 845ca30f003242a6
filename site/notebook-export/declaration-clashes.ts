/**
 * Names that Jupyter's Deno kernel refuses to declare again. The page runs each cell in a scope of its
 * own and lets a later cell take over a name; Deno's kernel keeps one scope for the whole notebook,
 * where a `function` cannot reuse a name an earlier `const`, `let` or `class` holds, nor the other way
 * round. The export refuses such a chapter, naming both cells, instead of shipping a notebook that
 * stops with "Identifier has already been declared".
 */
import type { Program } from 'acorn';
import { parseCell } from '../../components/notebook/transform/parse';

type DeclarationKind = 'function' | 'lexical';

export interface DeclarationClash {
  name: string;
  /** Code cells, from 1, in notebook order: where the name was first declared, and where again. */
  firstCell: number;
  clashingCell: number;
}

function topLevelDeclarations(program: Program): [string, DeclarationKind][] {
  return program.body.flatMap((statement): [string, DeclarationKind][] => {
    if (statement.type === 'FunctionDeclaration') return [[statement.id.name, 'function']];
    if (statement.type === 'ClassDeclaration') return [[statement.id.name, 'lexical']];
    if (statement.type === 'VariableDeclaration' && statement.kind !== 'var') {
      return statement.declarations.flatMap((declarator) => (declarator.id.type === 'Identifier' ? [[declarator.id.name, 'lexical'] as [string, DeclarationKind]] : []));
    }
    return [];
  });
}

function parsedOrUndefined(source: string): Program | undefined {
  try {
    return parseCell(source);
  } catch {
    return undefined; // a cell that does not parse fails in Jupyter as on the page, with its own message
  }
}

export function declarationClashes(cells: readonly string[]): DeclarationClash[] {
  const first = new Map<string, { kind: DeclarationKind; cell: number }>();
  const clashes: DeclarationClash[] = [];
  cells.forEach((source, index) => {
    const program = parsedOrUndefined(source);
    for (const [name, kind] of program ? topLevelDeclarations(program) : []) {
      const earlier = first.get(name);
      if (!earlier) first.set(name, { kind, cell: index + 1 });
      else if (earlier.kind !== kind && earlier.cell !== index + 1) clashes.push({ name, firstCell: earlier.cell, clashingCell: index + 1 });
    }
  });
  return clashes;
}
