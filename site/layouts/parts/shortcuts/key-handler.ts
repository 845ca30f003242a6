/**
 * Turns a key press into a shortcut's action, unless the reader is typing (a form field, an
 * editor), holds Ctrl, Alt or Meta, or a dialog is open (it keeps its own keys).
 */
import { shortcutFor, type ShortcutAction } from './shortcut-list';
import { followLink, interruptKernel, runAllCells, runCurrentCell, trainOrStopCurrentDemo, type Outcome } from './page-targets';

const TYPING_TARGETS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), .cm-editor';

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING_TARGETS) !== null;
}

/** The action this key press asks for, or undefined when it should be left alone. */
export function actionFor(event: KeyboardEvent): ShortcutAction | undefined {
  if (event.defaultPrevented || event.repeat || event.ctrlKey || event.altKey || event.metaKey) return undefined;
  if (isTyping(event.target) || document.querySelector('dialog[open]')) return undefined;
  return shortcutFor(event.key)?.action;
}

const PAGE_ACTIONS: Record<Exclude<ShortcutAction, 'help'>, () => Outcome> = {
  next: () => followLink('next'),
  previous: () => followLink('prev'),
  'run-cell': runCurrentCell,
  'run-all': runAllCells,
  interrupt: interruptKernel,
  train: trainOrStopCurrentDemo,
};

export function perform(action: Exclude<ShortcutAction, 'help'>): Outcome {
  return PAGE_ACTIONS[action]();
}
