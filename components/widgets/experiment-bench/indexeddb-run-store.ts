/**
 * A RunStore in IndexedDB, so runs survive a reload. Records read back are validated like an
 * imported file: anything else on this origin that wrote to the database cannot inject bad data.
 * Runs an earlier release saved as version 1 (without engine, versions, data hash, start time)
 * fail that check: they are left in the database untouched, not shown, and counted (unreadable).
 */
import { type RunRecord, sortRecords, type RunStore, validateTracedRun } from '../../../lab/index';

export const DATABASE_NAME = 'activation-lab';
export const DATABASE_VERSION = 1;
export const RUNS_STORE = 'experiment-runs';

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction was aborted'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(RUNS_STORE)) request.result.createObjectStore(RUNS_STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** Opens the store; rejects when IndexedDB is missing, disabled or refuses to open. */
export interface IndexedDbRunStore extends RunStore {
  /** Saved records the last list() could not read (e.g. version 1 runs of an earlier release). */
  readonly unreadable: number;
}

export async function openIndexedDbRunStore(): Promise<IndexedDbRunStore> {
  const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory || typeof factory.open !== 'function') throw new Error('IndexedDB is not available in this browser');
  const database = await openDatabase(factory);

  const write = async (change: (store: IDBObjectStore) => void): Promise<void> => {
    const transaction = database.transaction(RUNS_STORE, 'readwrite');
    change(transaction.objectStore(RUNS_STORE));
    await transactionDone(transaction);
  };

  let unreadable = 0;
  return {
    kind: 'indexeddb',
    get unreadable() {
      return unreadable;
    },
    async list() {
      const raw = await requestResult(database.transaction(RUNS_STORE, 'readonly').objectStore(RUNS_STORE).getAll());
      const records: RunRecord[] = [];
      for (const item of raw) {
        const checked = validateTracedRun(item);
        if (checked.ok) records.push(checked.run);
      }
      unreadable = raw.length - records.length;
      return sortRecords(records);
    },
    put: (records) => write((store) => records.forEach((record) => store.put(record))),
    remove: (ids) => write((store) => ids.forEach((id) => store.delete(id))),
    clear: () => write((store) => store.clear()),
  };
}
