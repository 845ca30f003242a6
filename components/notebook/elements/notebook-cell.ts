/**
 * <notebook-cell>: the small always-loaded part of a cell. It wires Run, Edit, Reset and
 * Shift+Enter, keeps the editor once there is one, and hands everything else to modules that load
 * on first use: the kernel on Run, CodeMirror on Edit.
 */
import { toolbarFor } from './kernel-toolbar';

export const NOTEBOOK_CELL_TAG = 'notebook-cell';

/** What the lazily loaded editor gives back to the cell. */
export interface CellEditorHandle {
  getSource(): string;
  setSource(source: string): void;
  focus(): void;
  destroy(): void;
}

export class NotebookCell extends HTMLElement {
  #editor: CellEditorHandle | undefined;
  #opening: Promise<CellEditorHandle> | undefined;

  connectedCallback(): void {
    this.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#onKeydown);
    // Hovering or focusing a cell is a hint a run may follow: fetch the kernel (not tfjs) early.
    this.addEventListener('pointerenter', this.#prefetch, { once: true });
    this.addEventListener('focusin', this.#prefetch, { once: true });
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
    return this.#editor?.getSource() ?? this.originalSource;
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
    this.#opening ??= import('../editor/cell-editor').then(({ openCellEditor }) => {
      this.#editor = openCellEditor(this, this.originalSource, () => void this.run());
      return this.#editor;
    });
    const editor = await this.#opening;
    editor.focus();
    return editor;
  }

  /** Replaces the cell's code, in the editor; the original comes back with reset(). */
  async setSource(source: string): Promise<void> {
    const editor = await this.edit();
    editor.setSource(source);
    this.#syncResetButton();
  }

  /** Restores the chapter's code and the highlighted view. */
  reset(): void {
    this.#editor?.destroy();
    this.#editor = undefined;
    this.#opening = undefined;
    this.#syncResetButton();
    this.#button('edit')?.focus();
  }

  /** Called by the editor whenever its text changes. */
  sourceChanged(): void {
    this.#syncResetButton();
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
    else if (action === 'edit') void this.edit().then(() => this.#syncResetButton());
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
