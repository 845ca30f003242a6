/**
 * Where run records live. The page keeps them in IndexedDB (components/widgets/experiment-bench/);
 * tests, the CLI and a page without IndexedDB use memory-run-store.ts.
 */
import type { RunRecord } from './run-record.ts';

export interface RunStore {
  /** "indexeddb" or "memory": whether records outlive the page. */
  readonly kind: 'indexeddb' | 'memory';
  /** Every record, oldest first (by createdAt, then grid order). */
  list(): Promise<RunRecord[]>;
  /** Adds or replaces records by id. */
  put(records: readonly RunRecord[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  clear(): Promise<void>;
}

export function compareRecords(a: RunRecord, b: RunRecord): number {
  return a.createdAt.localeCompare(b.createdAt) || a.gridId.localeCompare(b.gridId) || a.index - b.index;
}
