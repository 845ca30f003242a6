/**
 * The in-place editor: CodeMirror 6 with JavaScript highlighting, loaded the first time a reader
 * edits a cell. It replaces the build-time highlighted code until Reset brings that back.
 * Shift+Enter runs the cell; Tab is left to move focus, so the editor is no keyboard trap.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascriptLanguage } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { Prec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

interface EditableCell extends HTMLElement {
  sourceChanged(): void;
}

const EDITOR_CLASS = 'nb-editor';

/** What the editor gives back to the cell that loaded it. */
export interface CellEditorHandle {
  getSource(): string;
  setSource(source: string): void;
  focus(): void;
  destroy(): void;
}

export function openCellEditor(cell: EditableCell, source: string, run: () => void): CellEditorHandle {
  const code = cell.querySelector<HTMLElement>(':scope > [data-part="code"]')!;
  const host = document.createElement('div');
  host.className = EDITOR_CLASS;
  code.after(host);

  const view = new EditorView({
    parent: host,
    doc: source,
    extensions: [
      highlightSpecialChars(),
      history(),
      drawSelection(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      lineNumbers(),
      highlightActiveLine(),
      bracketMatching(),
      indentOnInput(),
      javascriptLanguage,
      syntaxHighlighting(classHighlighter),
      Prec.highest(keymap.of([{ key: 'Shift-Enter', run: () => (run(), true) }])),
      EditorView.contentAttributes.of({ 'aria-label': `${cell.getAttribute('aria-label') ?? 'Code cell'}, editor` }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) cell.sourceChanged();
      }),
    ],
  });
  code.hidden = true;

  return {
    getSource: () => view.state.doc.toString(),
    setSource: (next) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } }),
    focus: () => view.focus(),
    destroy: () => {
      view.destroy();
      host.remove();
      code.hidden = false;
    },
  };
}
