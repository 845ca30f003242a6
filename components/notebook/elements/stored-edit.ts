/**
 * A reader's edit of one cell, kept in localStorage so it survives a reload: the edited code and a
 * fingerprint of the chapter's code it was made on, so an edit of an older version of the chapter
 * is recognised (and offered, not applied). Blocked or full storage only means edits are not kept.
 */
const KEY_PREFIX = 'activation-lab:cell-edit:';

export interface StoredEdit {
  source: string;
  /** Fingerprint of the chapter's code when the edit was made. */
  original: string;
}

/** FNV-1a, 32 bits, as hex: enough to tell one version of a cell's code from another. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function isStoredEdit(value: unknown): value is StoredEdit {
  const edit = value as Partial<StoredEdit> | null;
  return typeof edit === 'object' && edit !== null && typeof edit.source === 'string' && typeof edit.original === 'string';
}

export class StoredEdits {
  readonly #key: string;

  /** One cell's slot: `page` is the chapter's path, `cellId` the cell's data-cell. */
  constructor(page: string, cellId: string) {
    this.#key = `${KEY_PREFIX}${page}#${cellId}`;
  }

  read(): StoredEdit | undefined {
    try {
      const parsed: unknown = JSON.parse(storage()?.getItem(this.#key) ?? 'null');
      return isStoredEdit(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps `source` as the edit of `original`; an edit back to the original is no edit. */
  write(source: string, original: string): void {
    if (source === original) return this.clear();
    try {
      storage()?.setItem(this.#key, JSON.stringify({ source, original: fingerprint(original) } satisfies StoredEdit));
    } catch {
      // Storage full or blocked: the edit lives in the editor until the page closes.
    }
  }

  clear(): void {
    try {
      storage()?.removeItem(this.#key);
    } catch {
      // Nothing was kept.
    }
  }
}
