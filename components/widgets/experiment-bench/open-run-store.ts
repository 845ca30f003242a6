/** The bench's store: IndexedDB when the browser allows it, else memory, with a sentence saying which. */
import { type RunStore, createMemoryRunStore } from '../../../lab/index';
import { openIndexedDbRunStore } from './indexeddb-run-store';

export const SAVED_MESSAGE = 'Runs are saved in this browser (IndexedDB), so they are still here after a reload.';
export const MEMORY_ONLY_MESSAGE = 'This browser does not let the page store data (IndexedDB is unavailable), so results are kept only for this visit. Export them to keep them.';

/** Version 1 runs from an earlier release lack what a traced run needs; they stay stored but are not shown. */
export function unreadableMessage(count: number): string {
  return `${count} saved run${count === 1 ? '' : 's'} from an earlier version of this page cannot be read (${count === 1 ? 'it lacks' : 'they lack'} the engine, versions, data hash and start time every run now records) and ${count === 1 ? 'is' : 'are'} not shown.`;
}

export interface OpenedStore {
  store: RunStore;
  message: string;
}

export async function openRunStore(): Promise<OpenedStore> {
  try {
    const store = await openIndexedDbRunStore();
    await store.list();
    return { store, message: store.unreadable === 0 ? SAVED_MESSAGE : `${SAVED_MESSAGE} ${unreadableMessage(store.unreadable)}` };
  } catch {
    return { store: createMemoryRunStore(), message: MEMORY_ONLY_MESSAGE };
  }
}
