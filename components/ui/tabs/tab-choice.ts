/**
 * Remembers which tab a reader chose, per sync key, in localStorage, and tells every tab group with
 * the same key about a new choice: on this page by a document event, in other windows through the
 * storage event. Storage can be missing or full (private modes); then the choice lasts for the page.
 */
export const TAB_CHOICE_EVENT = 'tab-choice';

export interface TabChoice {
  key: string;
  value: string;
}

export function readTabChoice(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveTabChoice(choice: TabChoice): void {
  try {
    localStorage.setItem(choice.key, choice.value);
  } catch {
    // Not remembered across pages; the groups on this page still follow the event below.
  }
  document.dispatchEvent(new CustomEvent<TabChoice>(TAB_CHOICE_EVENT, { detail: choice }));
}

/** Calls back with each choice made elsewhere (another group here, or another window); returns the unsubscribe. */
export function onTabChoice(key: string, callback: (value: string) => void): () => void {
  const onEvent = (event: Event): void => {
    const detail = (event as CustomEvent<TabChoice>).detail;
    if (detail?.key === key) callback(detail.value);
  };
  const onStorage = (event: StorageEvent): void => {
    if (event.key === key && event.newValue !== null) callback(event.newValue);
  };
  document.addEventListener(TAB_CHOICE_EVENT, onEvent);
  window.addEventListener('storage', onStorage);
  return () => {
    document.removeEventListener(TAB_CHOICE_EVENT, onEvent);
    window.removeEventListener('storage', onStorage);
  };
}
