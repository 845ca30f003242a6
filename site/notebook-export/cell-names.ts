/**
 * Which of the page kernel's built-in names (tf, Plot, display, lab and lab's exports) a notebook's
 * code cells use, so its first cell imports exactly those. A name counts as used when it appears as
 * an identifier that is not a property access (`x.name`), unless some cell declares it at its top
 * level itself. Reading a few extra names only adds an unused import; missing one would break a cell.
 */
import { parse, tokenizer, type Node, type Pattern } from 'acorn';

const PARSE_OPTIONS = { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true } as const;

/** Identifiers a cell's code mentions, property names after a dot excluded. Empty for code that does not tokenise. */
export function mentionedNames(source: string): Set<string> {
  const names = new Set<string>();
  try {
    let previous = '';
    for (const token of tokenizer(source, PARSE_OPTIONS)) {
      if (token.type.label === 'name' && previous !== '.' && previous !== '?.') names.add(source.slice(token.start, token.end));
      previous = token.type.label;
    }
  } catch {
    // A cell with a syntax error fails in Jupyter as on the page; it needs no imports.
  }
  return names;
}

function patternNames(pattern: Pattern | null): string[] {
  if (pattern == null) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) => patternNames(property.type === 'RestElement' ? property : property.value));
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => patternNames(element));
    case 'RestElement':
      return patternNames(pattern.argument);
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    default:
      return [];
  }
}

/** Names a cell declares at its top level (const, let, var, function, class). */
export function declaredNames(source: string): string[] {
  let body: Node[];
  try {
    body = (parse(source, PARSE_OPTIONS) as unknown as { body: Node[] }).body;
  } catch {
    return [];
  }
  return body.flatMap((statement) => {
    const node = statement as Node & { declarations?: { id: Pattern }[]; id?: { name: string } | null };
    if (node.type === 'VariableDeclaration') return (node.declarations ?? []).flatMap((declaration) => patternNames(declaration.id));
    if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id) return [node.id.name];
    return [];
  });
}

/** The subset of `available` that the cells use and do not declare themselves, in `available`'s order. */
export function builtinsUsed(cells: readonly string[], available: readonly string[]): string[] {
  const mentioned = new Set(cells.flatMap((source) => [...mentionedNames(source)]));
  const declared = new Set(cells.flatMap(declaredNames));
  return available.filter((name) => mentioned.has(name) && !declared.has(name));
}
