/** Small pieces for writing source code as text: number literals, indentation, definitions. */

/** A top-level definition (class or function) a generated program needs; one per name, in first-use order. */
export interface CodeDefinition {
  name: string;
  code: string;
}

/** A JavaScript number literal that reads back as exactly this number. */
export function jsNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a literal.`);
  return String(value);
}

/** A Python float literal (always with a point or an exponent, so Python reads a float, not an int). */
export function pyFloat(value: number): string {
  const text = jsNumber(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

export function pyBool(value: boolean): string {
  return value ? 'True' : 'False';
}

/** Indents every non-empty line of a block. */
export function indent(block: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return block.split('\n').map((line) => (line === '' ? line : pad + line)).join('\n');
}

/** Definitions without repeats, keeping the first of each name. */
export function uniqueDefinitions(definitions: readonly CodeDefinition[]): CodeDefinition[] {
  const seen = new Set<string>();
  return definitions.filter((definition) => {
    if (seen.has(definition.name)) return false;
    seen.add(definition.name);
    return true;
  });
}

/** Joins blocks with one blank line between them (two for Python's top level), skipping empty ones. */
export function joinBlocks(blocks: readonly string[], blankLines = 1): string {
  return blocks.filter((block) => block.trim() !== '').join('\n'.repeat(blankLines + 1));
}
