/** A minimal ESTree walker: visits every node depth-first, outer nodes before inner ones. */
import type { Node } from 'acorn';

export type Visitor = (node: Node, parent: Node | null, key: string | null) => void;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

export function walk(node: Node, visit: Visitor, parent: Node | null = null, key: string | null = null): void {
  visit(node, parent, key);
  for (const [childKey, child] of Object.entries(node)) {
    if (childKey === 'loc') continue;
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) walk(item, visit, node, childKey);
    } else if (isNode(child)) {
      walk(child, visit, node, childKey);
    }
  }
}
