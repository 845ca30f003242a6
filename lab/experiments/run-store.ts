/**
 * Where run records live. The page keeps them in IndexedDB (components/widgets/experiment-bench/);
 * tests, the CLI and a page without IndexedDB use memory-run-store.ts.
 */
import type { RunRecord } from './run-record.ts';

export interface RunStore {
  /** "indexeddb" or "memory": whether records outlive the page. */
  readonly kind: 'indexeddb' | 'memory';
  /** Every record in store order (sortRecords). */
  list(): Promise<RunRecord[]>;
  /** Adds or replaces records by id. */
  put(records: readonly RunRecord[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  clear(): Promise<void>;
}

/**
 * Grids in the order they started (a grid's first run), each grid's runs in run order: a grid
 * whose runs went to several workers at once lists them as one that ran in turn would.
 */
export function sortRecords(records: readonly RunRecord[]): RunRecord[] {
  const gridStart = new Map<string, string>();
  for (const { gridId, startedAt } of records) {
    const earliest = gridStart.get(gridId);
    if (earliest === undefined || startedAt < earliest) gridStart.set(gridId, startedAt);
  }
  return [...records].sort((a, b) => gridStart.get(a.gridId)!.localeCompare(gridStart.get(b.gridId)!)
    || a.gridId.localeCompare(b.gridId) || a.index - b.index);
}
