// Build step for notebook cells: every ```js run fence becomes a <notebook-cell> that keeps its
// `code` node inside (so Expressive Code still highlights it), carries the exact source for the
// kernel in data-source, and has a counter, Run / Edit / Reset buttons and an empty output area.
// A page with cells also gets the kernel toolbar (components/notebook/NotebookKernel.astro) before
// its first cell; that component brings the small script that defines the elements. Unmarked
// fences are left alone.
import { parse } from 'acorn';
import { fileURLToPath } from 'node:url';

const RUN_WORD = /(^|\s)run(?=\s|$)/;
const CELL_LANGUAGES = new Set(['js', 'javascript']);
const KERNEL_COMPONENT = 'NotebookKernel';
/** Decorative, hidden from assistive technology so each button's name starts with its word. */
const BUTTON_ICONS = { run: '▶' };
const KERNEL_COMPONENT_PATH = fileURLToPath(new URL('../../components/notebook/NotebookKernel.astro', import.meta.url));

/** @param {{ type: string, lang?: string | null, meta?: string | null }} node */
export function isRunFence(node) {
  return node.type === 'code' && CELL_LANGUAGES.has(node.lang ?? '') && RUN_WORD.test(node.meta ?? '');
}

/** @param {string} name @param {string} value */
function attribute(name, value) {
  return { type: 'mdxJsxAttribute', name, value };
}

/** @param {string} name @param {Record<string, string>} attributes @param {unknown[]} [children] */
function element(name, attributes, children = []) {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => attribute(key, value)),
    children,
  };
}

/** @param {string} value */
function text(value) {
  return { type: 'text', value };
}

/** A button whose accessible name is its visible word plus which cell, e.g. "Run cell 2". */
function cellButton(action, label, position, extra = {}) {
  const icon = BUTTON_ICONS[action];
  return element('button', { type: 'button', 'data-action': action, ...extra }, [
    ...(icon ? [element('span', { class: 'nb-icon', 'aria-hidden': 'true' }, [text(icon)])] : []),
    text(label),
    element('span', { class: 'visually-hidden' }, [text(` cell ${position}`)]),
  ]);
}

/**
 * @param {{ type: 'code', value: string, lang?: string | null, meta?: string | null }} code
 * @param {number} position 1-based index of the cell on its page
 */
export function cellElement(code, position) {
  const id = `cell-${position}`;
  const meta = (code.meta ?? '').replace(RUN_WORD, ' ').trim();
  const highlighted = { ...code, meta: meta || null };
  return element(
    'notebook-cell',
    { id, class: 'nb-cell', 'data-cell': id, 'data-state': 'idle', 'data-source': code.value, role: 'group', 'aria-label': `Code cell ${position}` },
    [
      element('div', { class: 'nb-gutter' }, [
        element('span', { class: 'nb-count', 'data-part': 'count', title: 'Execution count' }, [text('[ ]')]),
      ]),
      element('div', { class: 'nb-code', 'data-part': 'code' }, [highlighted]),
      element('div', { class: 'nb-actions', 'data-part': 'actions' }, [
        cellButton('run', 'Run', position, { class: 'primary', 'aria-keyshortcuts': 'Shift+Enter', title: 'Run (Shift+Enter)' }),
        cellButton('edit', 'Edit', position),
        cellButton('reset', 'Reset', position, { hidden: '' }),
      ]),
      element('div', { class: 'nb-output', 'data-part': 'output', role: 'status', 'aria-live': 'polite', 'aria-label': `Output of cell ${position}` }),
    ],
  );
}

function kernelImport() {
  const value = `import ${KERNEL_COMPONENT} from ${JSON.stringify(KERNEL_COMPONENT_PATH)};`;
  return { type: 'mdxjsEsm', value, data: { estree: parse(value, { ecmaVersion: 'latest', sourceType: 'module' }) } };
}

/**
 * Replaces run fences in document order; returns the parent and index of the first cell.
 * @param {any} parent
 * @param {{ count: number, first?: { parent: any, index: number } }} state
 */
function replaceRunFences(parent, state) {
  for (const [index, child] of (parent.children ?? []).entries()) {
    if (isRunFence(child)) {
      state.count += 1;
      parent.children[index] = cellElement(child, state.count);
      state.first ??= { parent, index };
    } else {
      replaceRunFences(child, state);
    }
  }
}

export function remarkRunCells() {
  /** @param {any} tree */
  return (tree) => {
    /** @type {{ count: number, first?: { parent: any, index: number } }} */
    const state = { count: 0 };
    replaceRunFences(tree, state);
    if (!state.first) return;
    state.first.parent.children.splice(state.first.index, 0, element(KERNEL_COMPONENT, {}));
    tree.children.unshift(kernelImport());
  };
}
