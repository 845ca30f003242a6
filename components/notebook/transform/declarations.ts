/**
 * Top-level declarations become properties of the page scope, so later cells see them.
 *
 * The kernel runs a cell inside `with (scope)` after giving every declared name a slot in the
 * scope object, so turning a declaration into an assignment is enough:
 *   const { a, b: [c] } = value;   →   ;({ a, b: [c] } = value);
 *   let n;                         →   ;(n = void 0);
 *   class Model {}                 →   ;Model = class Model {};
 * Function declarations stay where they are (so they are still hoisted inside the cell) and are
 * copied into the scope when the cell starts; see `functionNames`.
 */
import type { Program, VariableDeclaration } from 'acorn';
import { patternIdentifiers } from './bindings';
import type { SourceEdits } from './source-edits';

export interface TopLevelDeclarations {
  /** Every name the cell declares at top level, in source order. */
  names: string[];
  /** The subset declared with `function`, which the kernel copies into the scope first. */
  functionNames: string[];
}

function rewriteVariableDeclaration(declaration: VariableDeclaration, edits: SourceEdits): void {
  const first = declaration.declarations[0];
  edits.remove(declaration.start, first.start);
  edits.open(first.start, ';');
  for (const declarator of declaration.declarations) {
    if (declarator.init) {
      edits.open(declarator.start, '(');
      edits.close(declarator.end, ')');
    } else if (declaration.kind === 'var') {
      // `var x;` re-declares without resetting, as in a script.
      edits.remove(declarator.start, declarator.end);
      edits.open(declarator.end, 'void 0');
    } else {
      edits.open(declarator.start, '(');
      edits.close(declarator.end, ' = void 0)');
    }
  }
}

export function hoistTopLevelDeclarations(program: Program, edits: SourceEdits): TopLevelDeclarations {
  const names: string[] = [];
  const functionNames: string[] = [];
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) names.push(...patternIdentifiers(declarator.id).map((id) => id.name));
      rewriteVariableDeclaration(statement, edits);
    } else if (statement.type === 'FunctionDeclaration' && statement.id) {
      names.push(statement.id.name);
      functionNames.push(statement.id.name);
    } else if (statement.type === 'ClassDeclaration' && statement.id) {
      names.push(statement.id.name);
      edits.open(statement.start, `;${statement.id.name} = `);
      edits.close(statement.end, ';');
    }
  }
  return { names: [...new Set(names)], functionNames: [...new Set(functionNames)] };
}
