/** A RunStore that keeps records in this process only: for tests, the CLI, and pages without IndexedDB. */
import type { RunRecord } from './run-record.ts';
import { sortRecords, type RunStore } from './run-store.ts';

export function createMemoryRunStore(initial: readonly RunRecord[] = []): RunStore {
  const records = new Map<string, RunRecord>(initial.map((record) => [record.id, structuredClone(record)]));
  return {
    kind: 'memory',
    list: async () => sortRecords([...records.values()].map((record) => structuredClone(record))),
    put: async (added) => {
      for (const record of added) records.set(record.id, structuredClone(record));
    },
    remove: async (ids) => {
      for (const id of ids) records.delete(id);
    },
    clear: async () => records.clear(),
  };
}
