/**
 * Turns a cell's source into the body of the function the kernel runs: declarations hoisted into the
 * page scope, the final expression returned, and runaway guards in every loop and function. No line
 * breaks are added or removed, so line n of the result is line n of the cell.
 */
import { hoistTopLevelDeclarations } from './declarations';
import { returnFinalExpression } from './final-expression';
import { freeNames } from './free-names';
import { insertLoopGuards } from './loop-guard';
import { parseCell } from './parse';
import { SourceEdits } from './source-edits';

export { GUARD_NAME } from './loop-guard';
export { CellSyntaxError } from './parse';

/** The parameter through which the transformed code reaches the page scope object. */
export const SCOPE_NAME = '__notebookScope__';

export interface TransformedCell {
  /** Function body, prologue first on line 1; strict code that may use `await`. */
  body: string;
  /** Top-level names the cell declares; the kernel gives each a slot in the scope first. */
  declaredNames: string[];
  /** Names read but declared nowhere in the cell. */
  freeNames: string[];
  /** Whether the cell ends in an expression whose value it returns. */
  returnsValue: boolean;
  guardCount: number;
}

/** Throws CellSyntaxError for code that does not parse. */
export function transformCell(source: string): TransformedCell {
  const program = parseCell(source);
  const edits = new SourceEdits();
  const { names, functionNames } = hoistTopLevelDeclarations(program, edits);
  const returnsValue = returnFinalExpression(program, source, edits);
  const guardCount = insertLoopGuards(program, edits);
  const prologue = functionNames.map((name) => `${SCOPE_NAME}.${name} = ${name};`).join('');
  return {
    body: prologue + edits.apply(source),
    declaredNames: names,
    freeNames: freeNames(program),
    returnsValue,
    guardCount,
  };
}

/** The top-level names a cell declares, or none when it does not parse. */
export function declaredNamesOf(source: string): string[] {
  try {
    return transformCell(source).declaredNames;
  } catch {
    return [];
  }
}
