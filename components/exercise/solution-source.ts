/**
 * The worked solution's exact code, for the "copy into the answer cell" button. The solution is an
 * ordinary code block in the exercise's `solution` slot, highlighted by Expressive Code, which keeps
 * the code verbatim on its copy button (data-code, with newlines written as U+007F).
 */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function solutionSource(html: string, exerciseId: string): string {
  const blocks = [...html.matchAll(/\bdata-code="([^"]*)"/g)];
  if (blocks.length !== 1) {
    throw new Error(`Exercise "${exerciseId}": its solution slot needs exactly one code block, found ${blocks.length}.`);
  }
  return decodeAttribute(blocks[0]![1]!).replace(/\u007f/g, '\n');
}
