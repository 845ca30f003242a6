/**
 * Names a cell reads as it runs without declaring them anywhere inside itself: candidates for the
 * page scope, the kernel's globals, or a cell that has not run yet. Reads inside function bodies do
 * not count (a function may use a name that a later cell defines), nor does `typeof name`; a name
 * declared in any scope of the cell counts as declared.
 */
import type { Identifier, Node, Program } from 'acorn';
import { patternIdentifiers } from './bindings';
import { walk } from './walk';

type AnyNode = Node & Record<string, unknown>;

function bindingIdentifiers(node: AnyNode): Identifier[] {
  switch (node.type) {
    case 'VariableDeclarator':
      return patternIdentifiers(node.id as never);
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression': {
      const own = node.id ? [node.id as Identifier] : [];
      return [...own, ...(node.params as never[]).flatMap((param) => patternIdentifiers(param))];
    }
    case 'ClassDeclaration':
    case 'ClassExpression':
      return node.id ? [node.id as Identifier] : [];
    case 'CatchClause':
      return patternIdentifiers(node.param as never);
    default:
      return [];
  }
}

/** Whether an Identifier in this position names something rather than being a property or label. */
function isReference(parent: AnyNode | null, key: string | null): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return key !== 'property' || Boolean(parent.computed);
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
      return key !== 'key' || Boolean(parent.computed);
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return false;
    case 'MetaProperty':
      return false;
    case 'UnaryExpression':
      return parent.operator !== 'typeof';
    default:
      return true;
  }
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

export function freeNames(program: Program): string[] {
  const declared = new Set<string>();
  const bindingNodes = new Set<Node>();
  const functionBodies: Node[] = [];
  walk(program, (node) => {
    for (const id of bindingIdentifiers(node as AnyNode)) {
      declared.add(id.name);
      bindingNodes.add(id);
    }
    if (FUNCTION_TYPES.has(node.type)) functionBodies.push((node as AnyNode).body as Node);
  });
  const insideFunction = (node: Node) => functionBodies.some((body) => node.start >= body.start && node.end <= body.end);
  const used = new Set<string>();
  walk(program, (node, parent, key) => {
    if (node.type !== 'Identifier' || bindingNodes.has(node) || insideFunction(node)) return;
    if (isReference(parent as AnyNode | null, key)) used.add((node as Identifier).name);
  });
  return [...used].filter((name) => !declared.has(name));
}
