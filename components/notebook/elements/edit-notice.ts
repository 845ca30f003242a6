/**
 * The note under a cell's buttons about a kept edit: that it was restored, or that it was made on an
 * earlier version of the chapter's code, with the reader's choice to use it or discard it.
 */
import { fingerprint, type StoredEdits } from './stored-edit';

export interface NoticeChoice {
  label: string;
  action: () => void;
}

const NOTICE_CLASS = 'nb-edit-notice';

/** `cellLabel` (e.g. "cell 3") ends each button's accessible name, unseen. */
export function showEditNotice(actions: HTMLElement, cellLabel: string, text: string, choices: NoticeChoice[] = []): void {
  clearEditNotice(actions);
  const notice = document.createElement('p');
  notice.className = NOTICE_CLASS;
  notice.append(text);
  for (const { label, action } of choices) {
    const button = document.createElement('button');
    button.type = 'button';
    const which = document.createElement('span');
    which.className = 'visually-hidden';
    which.textContent = ` (${cellLabel})`;
    button.append(label, which);
    button.addEventListener('click', () => {
      clearEditNotice(actions);
      action();
    });
    notice.append(' ', button);
  }
  actions.append(notice);
}

export function clearEditNotice(actions: HTMLElement): void {
  actions.querySelector(`:scope > .${NOTICE_CLASS}`)?.remove();
}

export interface NoticePlace {
  /** The cell's actions row, where the note goes. */
  actions: HTMLElement;
  /** e.g. "cell 3". */
  label: string;
}

/**
 * Applies a kept edit of the chapter's current code (through `use`) and says so; an edit of an
 * earlier version is kept but not applied, and the reader chooses. `use` only shows the edit: what is
 * kept changes only when the reader chooses, so a restore never writes over a newer edit from another tab.
 */
export function offerKeptEdit(stored: StoredEdits, original: string, place: NoticePlace, use: (source: string) => void): void {
  const kept = stored.read();
  if (!kept) return;
  if (kept.original === fingerprint(original)) {
    use(kept.source);
    showEditNotice(place.actions, place.label, 'Your edit from an earlier visit is back; Reset brings back the chapter’s code.');
    return;
  }
  showEditNotice(place.actions, place.label, 'You edited this cell on an earlier visit, but the chapter’s code has changed since; this is the new code.', [
    // Used, the edit belongs to the new code: kept again with its fingerprint.
    { label: 'Use my edit', action: () => {
      stored.write(kept.source, original);
      use(kept.source);
    } },
    { label: 'Discard my edit', action: () => stored.clear() },
  ]);
}
