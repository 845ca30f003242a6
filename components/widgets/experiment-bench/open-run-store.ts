/** The bench's store: IndexedDB when the browser allows it, else memory, with a sentence saying which. */
import { type RunStore, createMemoryRunStore } from '../../../lab/index';
import { openIndexedDbRunStore } from './indexeddb-run-store';

export const SAVED_MESSAGE = 'Runs are saved in this browser (IndexedDB), so they are still here after a reload.';
export const MEMORY_ONLY_MESSAGE = 'This browser does not let the page store data (IndexedDB is unavailable), so results are kept only for this visit. Export them to keep them.';

export interface OpenedStore {
  store: RunStore;
  message: string;
}

export async function openRunStore(): Promise<OpenedStore> {
  try {
    const store = await openIndexedDbRunStore();
    await store.list();
    return { store, message: SAVED_MESSAGE };
  } catch {
    return { store: createMemoryRunStore(), message: MEMORY_ONLY_MESSAGE };
  }
}
