/**
 * The page's one kernel: runs cells one at a time in the order they are asked for (Run, Shift+Enter,
 * Run all), shows [*] on queued cells, routes output, and implements Interrupt, Restart and Clear.
 * Execution itself (scope, transform, guard) is NotebookSession's; this file is the DOM side.
 */
import type { ErrorContext } from '../render/error-report';
import type { OutputSink } from '../render/output-sink';
import { loadBuiltins, type KernelBuiltins } from './builtins';
import { CellView, type CellElement, type CellSnapshot } from './cell-view';
import { createCellConsole, originalConsole, redirectPageConsole } from './console-capture';
import { disposeTfObjects } from './dispose-tf-objects';
import { deepenStackTraces } from './error-location';
import { InterruptError } from './interrupt-guard';
import { watchLateErrors } from './late-errors';
import { NotebookSession, RESTART_MESSAGE } from './session';
import { showKernelStatus, type KernelStatus } from './toolbar-status';

const CELL_SELECTOR = 'notebook-cell';
const INTERRUPT_MESSAGE = 'Interrupted with the Interrupt button.';

interface Batch {
  stopOnError: boolean;
  stopped: boolean;
}

interface QueuedCell {
  view: CellView;
  snapshot: CellSnapshot;
  batch: Batch;
}

interface Execution {
  view: CellView;
  abandon(reason: Error): void;
}

function abandonable(): { abandoned: Promise<never>; abandon(reason: Error): void } {
  let abandon!: (reason: Error) => void;
  const abandoned = new Promise<never>((_, reject) => {
    abandon = reject;
  });
  abandoned.catch(() => undefined);
  return { abandoned, abandon };
}

function names(list: readonly string[]): string {
  return list.map((name) => `\`${name}\``).join(', ');
}

export class PageKernel {
  readonly #toolbar: HTMLElement;
  readonly #cellConsole: Console;
  #builtins: Promise<KernelBuiltins> | undefined;
  #loaded: KernelBuiltins | undefined;
  #startFailure: string | undefined;
  #session: NotebookSession | undefined;
  #tail: Promise<void> = Promise.resolve();
  /** Cells waiting their turn; Interrupt and Restart empty it. */
  readonly #pending = new Map<Element, QueuedCell>();
  #current: Execution | undefined;
  #lastSink: OutputSink | undefined;
  /** Undoes the console redirect and deeper stack traces that hold while a cell runs. */
  #leaveCellEnvironment: (() => void) | undefined;

  constructor(toolbar: HTMLElement) {
    this.#toolbar = toolbar;
    this.#cellConsole = createCellConsole(this.#outputNow, originalConsole());
    watchLateErrors(this.#showLateError);
  }

  /** Runs one cell after those already queued; never rejects (errors show in the cell). */
  run(element: CellElement): Promise<void> {
    const view = this.#views().find((candidate) => candidate.element === element);
    return view ? this.#enqueue([view], { stopOnError: false, stopped: false }) : Promise.resolve();
  }

  /** Runs every cell top to bottom, stopping at the first error. */
  runAll(): Promise<void> {
    return this.#enqueue(this.#views(), { stopOnError: true, stopped: false });
  }

  interrupt(): void {
    this.#cancelQueue();
    this.#session?.guard.interrupt(INTERRUPT_MESSAGE);
    this.#current?.abandon(new InterruptError(INTERRUPT_MESSAGE));
  }

  /** Empties the scope, frees the tensors it held and resets every counter. */
  restart(): void {
    this.#cancelQueue();
    this.#current?.abandon(new InterruptError(RESTART_MESSAGE));
    const old = this.#session;
    this.#session = undefined;
    let freed = 0;
    if (old) {
      old.retire();
      freed = disposeTfObjects(old.scope);
    }
    for (const view of this.#views()) {
      if (this.#current?.view.element === view.element) continue;
      view.setCount(' ');
      view.setState('idle');
    }
    this.#showStatus({ remark: `Restarted: the scope is empty${freed ? ` and ${freed} tensor objects were freed` : ''}.` });
  }

  clearOutputs(): void {
    for (const view of this.#views()) {
      if (this.#pending.has(view.element) || this.#current?.view.element === view.element) continue;
      view.output.clear();
      view.setCount(' ');
      view.setState('idle');
    }
  }

  /** Where console output and display() go: the running cell, else the one that ran last. */
  #outputNow = (): OutputSink | undefined => this.#current?.view.output ?? this.#lastSink;

  /** An error from a cell's unawaited promise or timer, shown in that cell, which is marked as failed. */
  #showLateError = (error: unknown, cellId: string): boolean => {
    const view = this.#views().find((candidate) => candidate.id === cellId);
    if (!view) return false;
    view.output.error(error, { cellId, source: view.asPageCell().source, positionOf: this.#positionOf });
    if (this.#current?.view.element !== view.element) view.setState('error');
    return true;
  };

  #views(): CellView[] {
    const elements = document.querySelectorAll<CellElement>(CELL_SELECTOR);
    return Array.from(elements, (element, index) => new CellView(element, index + 1));
  }

  #positionOf = (cellId: string): number | undefined => {
    const index = this.#views().findIndex((view) => view.id === cellId);
    return index < 0 ? undefined : index + 1;
  };

  #cancelQueue(): void {
    for (const { view, snapshot } of this.#pending.values()) view.restore(snapshot);
    this.#pending.clear();
    this.#tail = Promise.resolve();
  }

  #enqueue(views: CellView[], batch: Batch): Promise<void> {
    const runs = views
      .filter((view) => !this.#pending.has(view.element) && this.#current?.view.element !== view.element)
      .map((view) => {
        const queued: QueuedCell = { view, snapshot: view.snapshot(), batch };
        this.#pending.set(view.element, queued);
        view.setState('running');
        view.setCount('*');
        this.#tail = this.#tail.then(() => this.#runQueued(queued));
        return this.#tail;
      });
    return Promise.all(runs).then(() => undefined);
  }

  async #runQueued(queued: QueuedCell): Promise<void> {
    const { view, snapshot, batch } = queued;
    if (this.#pending.get(view.element) !== queued) return;
    this.#pending.delete(view.element);
    if (batch.stopped) {
      view.restore(snapshot);
      return;
    }
    const succeeded = await this.#execute(view);
    if (!succeeded && batch.stopOnError) batch.stopped = true;
  }

  async #execute(view: CellView): Promise<boolean> {
    const { abandoned, abandon } = abandonable();
    const execution: Execution = { view, abandon };
    const cell = view.asPageCell();
    const sink = view.output;
    sink.clear();
    this.#current = execution;
    this.#lastSink = sink;
    let count: number | undefined;
    try {
      const session = await Promise.race([this.#ensureSession(), abandoned]);
      count = session.nextExecutionCount();
      session.guard.clearInterrupt();
      this.#showStatus({ state: 'busy', running: view.label });
      this.#enterCellEnvironment();
      const pageCells = this.#views().map((other) => other.asPageCell());
      const running = session.execute(cell, pageCells);
      running.catch(() => undefined);
      const result = await Promise.race([running, abandoned]);
      if (result.returnsValue && result.value !== undefined) sink.value(result.value);
      else if (sink.isEmpty) sink.note(result.declaredNames.length ? `Done. Defined ${names(result.declaredNames)}.` : 'Done.');
      view.setState('done');
      return true;
    } catch (error) {
      const context: ErrorContext = { cellId: cell.id, source: cell.source, positionOf: this.#positionOf };
      sink.error(error, context);
      view.setState('error');
      return false;
    } finally {
      view.setCount(count ?? ' ');
      // An abandoned run may finish after the next one started; only the latest run cleans up.
      if (this.#current === execution) {
        this.#current = undefined;
        this.#leaveCellEnvironment?.();
        this.#leaveCellEnvironment = undefined;
      }
      this.#showStatus({});
    }
  }

  #enterCellEnvironment(): void {
    if (this.#leaveCellEnvironment) return;
    const restoreConsole = redirectPageConsole(this.#cellConsole);
    const restoreStackTraces = deepenStackTraces();
    this.#leaveCellEnvironment = () => {
      restoreConsole();
      restoreStackTraces();
    };
  }

  async #ensureSession(): Promise<NotebookSession> {
    if (!this.#builtins) {
      this.#showStatus({ state: 'starting' });
      this.#builtins = loadBuiltins(this.#outputNow, this.#cellConsole);
    }
    try {
      this.#loaded = await this.#builtins;
      this.#startFailure = undefined;
    } catch (error) {
      this.#builtins = undefined;
      this.#startFailure = error instanceof Error ? error.message : String(error);
      throw error;
    }
    this.#session ??= new NotebookSession(this.#loaded.scope);
    return this.#session;
  }

  #showStatus(update: Partial<KernelStatus>): void {
    const loaded = this.#loaded;
    const resting = loaded ? 'idle' : this.#startFailure ? 'failed' : 'not-started';
    const state = update.state ?? (this.#current ? 'busy' : resting);
    if (state === 'failed') update.remark ??= this.#startFailure;
    if (state === 'busy' && !update.running && this.#current) update.running = this.#current.view.label;
    showKernelStatus(this.#toolbar, { backend: loaded?.backend, liveTensors: loaded?.liveTensors(), ...update, state });
  }
}
