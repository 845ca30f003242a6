/**
 * Which of the page kernel's built-in names (tf, Plot, display, lab and lab's exports) a notebook's
 * code cells use, so its first cell imports exactly those. It asks the page kernel's own analysis
 * (components/notebook/transform): a cell uses the names free in it, and a name that some cell
 * declares at its top level is that cell's, not an import.
 */
import { freeNames } from '../../components/notebook/transform/free-names';
import { parseCell } from '../../components/notebook/transform/parse';
import { declaredNamesOf } from '../../components/notebook/transform/transform-cell';

/** Names a cell reads without declaring them; none for a cell that does not parse (it fails in Jupyter as on the page). */
export function freeNamesOf(source: string): string[] {
  try {
    return freeNames(parseCell(source));
  } catch {
    return [];
  }
}

/** The subset of `available` that the cells use and do not declare themselves, in `available`'s order. */
export function builtinsUsed(cells: readonly string[], available: readonly string[]): string[] {
  const used = new Set(cells.flatMap(freeNamesOf));
  const declared = new Set(cells.flatMap(declaredNamesOf));
  return available.filter((name) => used.has(name) && !declared.has(name));
}
