/**
 * A cell's output area: console lines, display() values, the final value and errors, appended in
 * the order they happen.
 */
import { reportError, type ErrorContext } from './error-report';
import { renderError } from './render-error';
import { consoleText, renderValue, textOutput } from './render-value';
import { keepScrollableReachable } from './scroll-reach';

export type ConsoleLevel = 'log' | 'info' | 'debug' | 'warn' | 'error';

export class OutputSink {
  readonly #area: HTMLElement;
  readonly #label: string;

  /** `label` names the cell in accessible names, e.g. "cell 3". */
  constructor(area: HTMLElement, label: string) {
    this.#area = area;
    this.#label = label;
  }

  clear(): void {
    this.#area.replaceChildren();
  }

  get isEmpty(): boolean {
    return this.#area.childElementCount === 0;
  }

  console(level: ConsoleLevel, args: readonly unknown[]): void {
    const line = textOutput(consoleText(args), `nb-console nb-console-${level}`);
    line.dataset.level = level;
    if (level === 'warn' || level === 'error') line.prepend(level === 'warn' ? 'Warning: ' : 'Error: ');
    this.#append(line);
  }

  /** A value from display() or the cell's final expression. */
  value(value: unknown): void {
    this.#append(renderValue(value, this.#label));
  }

  /** A table from console.table(). */
  table(value: unknown): void {
    this.value(value);
  }

  error(error: unknown, context: ErrorContext): void {
    this.#append(renderError(reportError(error, context), context.positionOf));
  }

  /** A short note from the kernel, such as "Kernel restarted". */
  note(text: string): void {
    const note = document.createElement('p');
    note.className = 'nb-note';
    note.textContent = text;
    this.#append(note);
  }

  #append(node: HTMLElement): void {
    node.classList.add('nb-out');
    this.#area.append(node);
    keepScrollableReachable(node);
  }
}
