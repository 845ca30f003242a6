/** The identifiers a binding pattern declares: `a`, `{ b, c: [d] }`, `...rest`, `e = 1`. */
import type { Identifier, Pattern } from 'acorn';

export function patternIdentifiers(pattern: Pattern | null | undefined): Identifier[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [pattern];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) =>
        property.type === 'RestElement' ? patternIdentifiers(property.argument) : patternIdentifiers(property.value),
      );
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => patternIdentifiers(element));
    case 'RestElement':
      return patternIdentifiers(pattern.argument);
    case 'AssignmentPattern':
      return patternIdentifiers(pattern.left);
    default:
      return [];
  }
}
