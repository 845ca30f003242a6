/**
 * What a shortcut acts on, found through the page's public contract only: cells are
 * <notebook-cell> elements with a Run button and one <kernel-toolbar> (Run all, Interrupt); demos
 * are [data-demo] roots with a Train (or Run) button and a Stop button while running.
 */
const TRAIN_NAME = /^[^\p{L}\p{N}]*(Train|Run)/u;
const STOP_NAME = /^[^\p{L}\p{N}]*Stop/u;

function accessibleName(button: HTMLButtonElement): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function usable(button: HTMLButtonElement): boolean {
  return !button.disabled && !button.hidden && button.checkVisibility();
}

/** The first usable button directly inside `root` (not inside a nested cell or demo) named like `name`. */
function button(root: Element, name: RegExp, owner: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>('button')]
    .find((candidate) => candidate.closest(owner) === root && usable(candidate) && name.test(accessibleName(candidate)));
}

/** Pixels of `element` inside the viewport. */
function visibleArea(element: Element): number {
  const box = element.getBoundingClientRect();
  const width = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
  const height = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
  return width * height;
}

/** The element matching `selector` that holds focus, else the one most in view, else none. */
function current(selector: string): Element | undefined {
  const focused = document.activeElement?.closest(selector);
  if (focused) return focused;
  let best: Element | undefined;
  let bestArea = 0;
  for (const candidate of document.querySelectorAll(selector)) {
    const area = visibleArea(candidate);
    if (area > bestArea) [best, bestArea] = [candidate, area];
  }
  return best;
}

export type Outcome = { done: true } | { done: false; reason: string };
const DONE: Outcome = { done: true };

function press(target: HTMLButtonElement | undefined, reason: string): Outcome {
  if (!target) return { done: false, reason };
  target.click();
  return DONE;
}

export function followLink(rel: 'next' | 'prev'): Outcome {
  const link = document.querySelector<HTMLAnchorElement>(`a[rel="${rel}"]`);
  if (!link) return { done: false, reason: `There is no ${rel === 'next' ? 'next' : 'previous'} chapter from this page.` };
  location.assign(link.href);
  return DONE;
}

export function runCurrentCell(): Outcome {
  const cell = current('notebook-cell');
  if (!cell) return { done: false, reason: 'No code cell in view.' };
  return press(button(cell, TRAIN_NAME, 'notebook-cell'), 'This cell cannot run right now.');
}

function toolbarButton(name: RegExp, reason: string): Outcome {
  const toolbar = document.querySelector('kernel-toolbar');
  if (!toolbar) return { done: false, reason: 'This page has no code cells.' };
  return press(button(toolbar, name, 'kernel-toolbar'), reason);
}

export function runAllCells(): Outcome {
  return toolbarButton(/^Run all/, 'Run all is not available right now.');
}

export function interruptKernel(): Outcome {
  return toolbarButton(/^Interrupt/, 'No cell is running.');
}

export function trainOrStopCurrentDemo(): Outcome {
  const demo = current('[data-demo]');
  if (!demo) return { done: false, reason: 'No demo in view.' };
  const stop = button(demo, STOP_NAME, '[data-demo]');
  return stop ? press(stop, '') : press(button(demo, TRAIN_NAME, '[data-demo]'), 'This demo cannot train right now.');
}
