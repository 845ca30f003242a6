/** The kernel's handle on one <notebook-cell>: its code, counter, state and output area. */
import { OutputSink } from '../render/output-sink';
import type { PageCell } from './unrun-cell-error';

export type CellState = 'idle' | 'running' | 'done' | 'error';

/** The part of the <notebook-cell> element the kernel relies on. */
export interface CellElement extends HTMLElement {
  readonly source: string;
}

export interface CellSnapshot {
  state: string;
  count: string;
}

export class CellView {
  readonly output: OutputSink;

  constructor(
    readonly element: CellElement,
    readonly position: number,
    positionOf: (cellId: string) => number | undefined,
  ) {
    this.output = new OutputSink(this.#part('output'), this.label, positionOf);
  }

  get id(): string {
    return this.element.dataset.cell ?? this.element.id;
  }

  /** How messages and accessible names refer to this cell, e.g. "cell 3". */
  get label(): string {
    return `cell ${this.position}`;
  }

  asPageCell(): PageCell {
    return { id: this.id, position: this.position, source: this.element.source };
  }

  setState(state: CellState): void {
    this.element.dataset.state = state;
    this.element.toggleAttribute('aria-busy', state === 'running');
  }

  /** The execution counter: blank before the first run, * while queued or running. */
  setCount(count: number | '*' | ' '): void {
    this.#part('count').textContent = `[${count}]`;
  }

  snapshot(): CellSnapshot {
    return { state: this.element.dataset.state ?? 'idle', count: this.#part('count').textContent ?? '[ ]' };
  }

  restore(snapshot: CellSnapshot): void {
    this.element.dataset.state = snapshot.state;
    this.element.removeAttribute('aria-busy');
    this.#part('count').textContent = snapshot.count;
  }

  #part(name: string): HTMLElement {
    return this.element.querySelector<HTMLElement>(`:scope > [data-part="${name}"], :scope > * > [data-part="${name}"]`)!;
  }
}
