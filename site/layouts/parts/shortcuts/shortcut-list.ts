/**
 * The guide's keyboard shortcuts: what the `?` dialog lists and what the key handler acts on. One
 * table, read at build time (the dialog's rows) and in the page (the handler).
 */
export type ShortcutAction = 'help' | 'next' | 'previous' | 'run-cell' | 'run-all' | 'interrupt' | 'train';

export interface Shortcut {
  /** The keys as the dialog shows them, e.g. ['Shift', 'R']. */
  keys: readonly string[];
  description: string;
  /** KeyboardEvent.key that triggers it; absent for keys handled elsewhere (search, cells, dialogs). */
  key?: string;
  action?: ShortcutAction;
}

export const SHORTCUTS: readonly Shortcut[] = Object.freeze([
  { keys: ['?'], key: '?', action: 'help', description: 'Show this list of shortcuts' },
  { keys: ['/'], description: 'Search the guide' },
  { keys: ['n'], key: 'n', action: 'next', description: 'Next chapter' },
  { keys: ['p'], key: 'p', action: 'previous', description: 'Previous chapter' },
  { keys: ['r'], key: 'r', action: 'run-cell', description: 'Run the current code cell (the focused one, else the one most in view)' },
  { keys: ['Shift', 'Enter'], description: 'Run the code cell you are in, also while editing it' },
  { keys: ['Shift', 'R'], key: 'R', action: 'run-all', description: 'Run all code cells on the page' },
  { keys: ['i'], key: 'i', action: 'interrupt', description: 'Interrupt the running cell' },
  { keys: ['t'], key: 't', action: 'train', description: 'Train or stop the current demo (the focused one, else the one most in view)' },
  { keys: ['Esc'], description: 'Close a dialog or menu' },
]);

/** The shortcut a key press asks for, if any. */
export function shortcutFor(key: string): Shortcut | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.key === key);
}

/** The keys in words for aria-keyshortcuts, e.g. "Shift+R". */
export function ariaKeys(shortcut: Shortcut): string {
  return shortcut.keys.map((key) => (key === 'Esc' ? 'Escape' : key)).join('+');
}
