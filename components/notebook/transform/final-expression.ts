/**
 * The value of a cell is the value of its last statement when that statement is an expression,
 * as in a notebook or a REPL: `x + 1` → `return (x + 1)`. The edits use the statement's range
 * (acorn's expression range leaves out surrounding parentheses, as in `({ a: 1 })`) and stop
 * before its semicolon, so a comment after the value on the last line stays a comment.
 */
import type { Program } from 'acorn';
import type { SourceEdits } from './source-edits';

export function returnFinalExpression(program: Program, source: string, edits: SourceEdits): boolean {
  const statements = program.body.filter((statement) => statement.type !== 'EmptyStatement');
  const last = statements.at(-1);
  if (!last || last.type !== 'ExpressionStatement') return false;
  const end = source[last.end - 1] === ';' ? last.end - 1 : last.end;
  edits.open(last.start, 'return (');
  edits.close(end, ')');
  return true;
}
