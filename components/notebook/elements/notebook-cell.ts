/**
 * <notebook-cell>: the small always-loaded part of a cell. It wires Run, Edit, Reset and
 * Shift+Enter, keeps the editor once there is one, keeps the reader's edit across reloads, and
 * hands everything else to modules that load on first use: the kernel on Run, CodeMirror on Edit
 * (or on load, when there is a kept edit to show).
 */
import { clearEditNotice, offerKeptEdit } from './edit-notice';
import { toolbarFor } from './kernel-toolbar';
import { StoredEdits } from './stored-edit';
import type { CellEditorHandle } from '../editor/cell-editor';

export const NOTEBOOK_CELL_TAG = 'notebook-cell';

export class NotebookCell extends HTMLElement {
  #editor: CellEditorHandle | undefined;
  #opening: Promise<CellEditorHandle> | undefined;
  #stored: StoredEdits | undefined;
  /** A kept edit on its way into the editor (CodeMirror is loading). */
  #restoring: string | undefined;

  connectedCallback(): void {
    this.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#onKeydown);
    // Hovering or focusing a cell is a hint a run may follow: fetch the kernel's page side (not tfjs) early.
    this.addEventListener('pointerenter', this.#prefetch, { once: true });
    this.addEventListener('focusin', this.#prefetch, { once: true });
    this.#stored ??= new StoredEdits(location.pathname, this.dataset.cell ?? this.id);
    this.#restoreKeptEdit();
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('keydown', this.#onKeydown);
  }

  /** The code as written in the chapter. */
  get originalSource(): string {
    return this.dataset.source ?? '';
  }

  /** The code that Run will execute: the editor's text once the reader has edited. */
  get source(): string {
    return this.#editor?.getSource() ?? this.#restoring ?? this.originalSource;
  }

  get edited(): boolean {
    return this.source !== this.originalSource;
  }

  /** Runs the cell (queued behind any running cell) and resolves when it has finished. */
  async run(): Promise<void> {
    const toolbar = toolbarFor(this);
    if (!toolbar) throw new Error('This page has no notebook kernel.');
    const kernel = await toolbar.kernel();
    await kernel.run(this);
  }

  /** Swaps the highlighted code for an editor (CodeMirror, loaded now) and focuses it. */
  async edit(): Promise<CellEditorHandle> {
    const editor = await this.#openEditor(this.originalSource);
    editor.focus();
    return editor;
  }

  /** Replaces the cell's code, in the editor; the original comes back with reset(). */
  async setSource(source: string): Promise<void> {
    const editor = await this.edit();
    editor.setSource(source);
    this.#syncResetButton();
  }

  /** Restores the chapter's code and the highlighted view, and forgets the kept edit. */
  reset(): void {
    this.#editor?.destroy();
    this.#editor = undefined;
    this.#opening = undefined;
    this.#stored?.clear();
    const actions = this.querySelector<HTMLElement>(':scope > [data-part="actions"]');
    if (actions) clearEditNotice(actions);
    this.#syncResetButton();
    this.#button('edit')?.focus();
  }

  /** Called by the editor whenever its text changes. */
  sourceChanged(): void {
    this.#stored?.write(this.source, this.originalSource);
    this.#syncResetButton();
  }

  #openEditor(initial: string): Promise<CellEditorHandle> {
    this.#opening ??= import('../editor/cell-editor').then(({ openCellEditor }) => {
      this.#editor = openCellEditor(this, initial, () => void this.run());
      this.#syncResetButton();
      return this.#editor;
    });
    return this.#opening;
  }

  /** A kept edit of this code comes back in the editor; one of older code is offered, not applied. */
  #restoreKeptEdit(): void {
    const actions = this.querySelector<HTMLElement>(':scope > [data-part="actions"]');
    if (!this.#stored || this.#opening || !actions) return;
    const label = this.getAttribute('aria-label')?.replace(/^Code cell/, 'cell') ?? 'this cell';
    offerKeptEdit(this.#stored, this.originalSource, { actions, label }, (kept) => {
      this.#restoring = kept;
      void this.#openEditor(kept)
        .then((editor) => editor.getSource() !== kept && editor.setSource(kept))
        .finally(() => {
          this.#restoring = undefined;
          this.#syncResetButton();
        });
    });
  }

  #button(action: string): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`:scope > [data-part="actions"] > button[data-action="${action}"]`);
  }

  #syncResetButton(): void {
    const reset = this.#button('reset');
    const edit = this.#button('edit');
    if (reset) reset.hidden = !this.#editor;
    if (edit) edit.hidden = Boolean(this.#editor);
  }

  #onClick = (event: MouseEvent): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
    if (!button || button.closest(NOTEBOOK_CELL_TAG) !== this) return;
    const action = button.dataset.action;
    if (action === 'run') void this.run();
    else if (action === 'edit') void this.edit();
    else if (action === 'reset') this.reset();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !event.shiftKey || event.defaultPrevented) return;
    event.preventDefault();
    void this.run();
  };

  #prefetch = (): void => {
    void toolbarFor(this)?.kernel();
  };
}
