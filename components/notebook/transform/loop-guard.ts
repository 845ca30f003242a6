/**
 * Runaway protection: a call to the guard at the top of every loop body and every function body.
 * The guard (kernel/interrupt-guard.ts) throws an InterruptError once JavaScript has run for too
 * long without the page getting a turn, so `while (true) {}`, in a cell or in a function a cell
 * declared and something calls later, ends with a message instead of a frozen tab.
 */
import type { Node, Function as FunctionNode } from 'acorn';
import type { SourceEdits } from './source-edits';
import { walk } from './walk';

export const GUARD_NAME = '__notebookGuard__';
const GUARD_CALL = `${GUARD_NAME}();`;

const LOOP_TYPES = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

function guardStatementBody(body: Node, edits: SourceEdits): void {
  if (body.type === 'BlockStatement') {
    edits.open(body.start + 1, GUARD_CALL);
  } else {
    edits.open(body.start, `{${GUARD_CALL}`);
    edits.close(body.end, '}');
  }
}

function guardFunctionBody(fn: FunctionNode, edits: SourceEdits): void {
  if (fn.body.type === 'BlockStatement') {
    edits.open(fn.body.start + 1, GUARD_CALL);
  } else {
    edits.open(fn.body.start, `(${GUARD_NAME}(), `);
    edits.close(fn.body.end, ')');
  }
}

export function insertLoopGuards(program: Node, edits: SourceEdits): number {
  let inserted = 0;
  walk(program, (node) => {
    if (LOOP_TYPES.has(node.type)) {
      guardStatementBody((node as Node & { body: Node }).body, edits);
      inserted++;
    } else if (FUNCTION_TYPES.has(node.type)) {
      guardFunctionBody(node as FunctionNode, edits);
      inserted++;
    }
  });
  return inserted;
}
