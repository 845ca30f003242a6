/** A cell's output area: console lines, display() values, the final value and errors, in the order they happen. */
import type { DisplayData } from './display-data';
import { renderDisplay } from './render-display';
import { keepScrollableReachable } from './scroll-reach';

export class OutputSink {
  readonly #area: HTMLElement;
  readonly #label: string;
  readonly #positionOf: (cellId: string) => number | undefined;

  /** `label` names the cell in accessible names, e.g. "cell 3". */
  constructor(area: HTMLElement, label: string, positionOf: (cellId: string) => number | undefined) {
    this.#area = area;
    this.#label = label;
    this.#positionOf = positionOf;
  }

  clear(): void {
    this.#area.replaceChildren();
  }

  get isEmpty(): boolean {
    return this.#area.childElementCount === 0;
  }

  show(data: DisplayData): void {
    const node = renderDisplay(data, this.#label, this.#positionOf);
    node.classList.add('nb-out');
    this.#area.append(node);
    keepScrollableReachable(node);
  }

  /** A short note from the kernel, such as "Done." */
  note(text: string): void {
    this.show({ kind: 'note', text });
  }
}
