/**
 * The page's one kernel: runs cells one at a time in the order they are asked for (Run, Shift+Enter,
 * Run all), shows [*] on queued cells, puts output where it belongs, and implements Interrupt,
 * Restart and Clear. The code itself runs in a Web Worker (KernelConnection), so no cell can freeze
 * the page: Interrupt stops code that the loop guard reaches and keeps the kernel's variables; code
 * it cannot reach (inside a tfjs operation, a built-in, code made with new Function) is stopped by
 * restarting the worker, which always works, and quickly: a spare worker waits loaded.
 */
import type { ErrorReport } from '../render/error-report';
import { CellView, type CellElement, type CellSnapshot } from './cell-view';
import { KernelClosedError, KernelConnection } from './kernel-connection';
import type { CellOutcome, KernelFacts } from './protocol';
import { showKernelStatus, type KernelStatus } from './toolbar-status';

const CELL_SELECTOR = 'notebook-cell';
const INTERRUPT_MESSAGE = 'Interrupted with the Interrupt button.';
/** How long Interrupt waits for the running code to stop before it restarts the kernel. */
export const INTERRUPT_GRACE_MS = 500;
/** How long after the kernel is ready the spare kernel starts loading. */
const SPARE_DELAY_MS = 500;

const RESTARTED: ErrorReport = { kind: 'interrupt', name: 'InterruptError', message: 'The kernel was restarted, so this code was stopped.' };
const UNREACHABLE: ErrorReport = {
  kind: 'interrupt',
  name: 'InterruptError',
  message:
    `Interrupt could not stop this code within ${INTERRUPT_GRACE_MS / 1000} s: it was busy where the interrupt cannot reach ` +
    '(inside a TensorFlow.js operation, a built-in such as Array.fill, or code made with new Function). ' +
    'So the kernel was restarted: the variables from earlier cells are gone, so run the cells you need again.',
};

interface Batch {
  stopOnError: boolean;
  stopped: boolean;
}

interface QueuedCell {
  view: CellView;
  snapshot: CellSnapshot;
  batch: Batch;
}

function names(list: readonly string[]): string {
  return list.map((name) => `\`${name}\``).join(', ');
}

export class PageKernel {
  readonly #toolbar: HTMLElement;
  #connection: KernelConnection | undefined;
  #spare: KernelConnection | undefined;
  #spareTimer: ReturnType<typeof setTimeout> | undefined;
  #facts: KernelFacts | undefined;
  #startFailure: string | undefined;
  #starting = false;
  #executionCount = 0;
  #tail: Promise<void> = Promise.resolve();
  /** Cells waiting their turn; Interrupt and Restart empty it. */
  readonly #pending = new Map<Element, QueuedCell>();
  #current: CellView | undefined;

  constructor(toolbar: HTMLElement) {
    this.#toolbar = toolbar;
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

  /** Stops the running cell and empties the queue; restarts the kernel if the code does not stop. */
  interrupt(): void {
    this.#cancelQueue();
    const connection = this.#connection;
    if (!connection?.busy) return;
    connection.interrupt(INTERRUPT_MESSAGE);
    setTimeout(() => {
      if (this.#connection === connection && connection.busy) this.#restartWith(UNREACHABLE, 'Interrupt could not stop the code, so the kernel was restarted.');
    }, INTERRUPT_GRACE_MS);
  }

  /** A fresh kernel: the variables are gone, every counter is reset. */
  restart(): void {
    this.#cancelQueue();
    this.#restartWith(RESTARTED, 'Restarted: the scope is empty.');
  }

  clearOutputs(): void {
    for (const view of this.#views()) {
      if (this.#pending.has(view.element) || this.#current?.element === view.element) continue;
      view.output.clear();
      view.setCount(' ');
      view.setState('idle');
    }
  }

  #restartWith(reason: ErrorReport, remark: string): void {
    const old = this.#connection;
    this.#connection = undefined;
    this.#executionCount = 0;
    for (const view of this.#views()) {
      if (this.#current?.element === view.element) continue;
      view.setCount(' ');
      view.setState('idle');
    }
    if (!old) {
      this.#showStatus({ remark });
      return;
    }
    old.terminate(reason);
    this.#ensureKernel().then(
      () => this.#showStatus({ remark }),
      () => undefined,
    );
    this.#showStatus({ remark });
  }

  #views(): CellView[] {
    const elements = document.querySelectorAll<CellElement>(CELL_SELECTOR);
    return Array.from(elements, (element, index) => new CellView(element, index + 1, this.#positionOf));
  }

  #viewOf(cellId: string): CellView | undefined {
    if (this.#current?.id === cellId) return this.#current;
    return this.#views().find((view) => view.id === cellId);
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
      .filter((view) => !this.#pending.has(view.element) && this.#current?.element !== view.element)
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
    view.output.clear();
    this.#current = view;
    let count: number | undefined;
    let outcome: CellOutcome;
    try {
      const connection = await this.#ensureKernel();
      count = ++this.#executionCount;
      this.#showStatus({ state: 'busy', running: view.label });
      const pageCells = this.#views().map((other) => other.asPageCell());
      outcome = await connection.run(view.asPageCell(), pageCells);
    } catch (error) {
      const failure: ErrorReport = { kind: 'runtime', name: 'Error', message: `The kernel could not start: ${this.#startFailure}` };
      outcome = { ok: false, error: error instanceof KernelClosedError ? error.report : failure };
    }
    if (outcome.ok && outcome.value) view.output.show(outcome.value);
    else if (outcome.ok && view.output.isEmpty) view.output.note(outcome.declaredNames.length ? `Done. Defined ${names(outcome.declaredNames)}.` : 'Done.');
    else if (!outcome.ok) view.output.show({ kind: 'error', error: outcome.error });
    view.setState(outcome.ok ? 'done' : 'error');
    view.setCount(count ?? ' ');
    this.#current = undefined;
    this.#showStatus({});
    return outcome.ok;
  }

  /** The running kernel, started (worker, tfjs, Plot) on first use, or taken from the spare. */
  async #ensureKernel(): Promise<KernelConnection> {
    if (!this.#connection) {
      this.#connection = this.#spare ?? this.#newConnection();
      this.#spare = undefined;
      this.#starting = true;
      this.#showStatus({});
    }
    const connection = this.#connection;
    try {
      this.#facts = await connection.ready;
      this.#startFailure = undefined;
      this.#prepareSpare();
      return connection;
    } catch (error) {
      if (this.#connection === connection) this.#connection = undefined;
      if (!(error instanceof KernelClosedError)) this.#startFailure = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      this.#starting = false;
    }
  }

  /**
   * A second worker, started once the first is ready and the page has settled, so that Restart (and
   * an Interrupt that must restart) swaps in a loaded kernel instead of waiting for tfjs to load.
   */
  #prepareSpare(): void {
    if (this.#spare || this.#spareTimer !== undefined) return;
    this.#spareTimer = setTimeout(() => {
      this.#spareTimer = undefined;
      if (this.#spare || !this.#connection) return;
      const spare = this.#newConnection();
      this.#spare = spare;
      spare.ready.catch(() => {
        if (this.#spare === spare) this.#spare = undefined;
      });
    }, SPARE_DELAY_MS);
  }

  #newConnection(): KernelConnection {
    const connection: KernelConnection = new KernelConnection({
      display: (cellId, data) => this.#connection === connection && this.#viewOf(cellId)?.output.show(data),
      lateError: (cellId, error) => {
        const view = this.#connection === connection ? this.#viewOf(cellId) : undefined;
        view?.output.show({ kind: 'error', error });
        if (view && this.#current?.element !== view.element) view.setState('error');
      },
      facts: (facts) => {
        if (this.#connection === connection) this.#facts = facts;
      },
    });
    return connection;
  }

  #showStatus(update: Partial<KernelStatus>): void {
    const facts = this.#facts;
    const resting = this.#starting ? 'starting' : facts && this.#connection ? 'idle' : this.#startFailure ? 'failed' : 'not-started';
    const state = update.state ?? (this.#current && !this.#starting ? 'busy' : resting);
    if (state === 'failed') update.remark ??= this.#startFailure;
    if (state === 'busy' && !update.running && this.#current) update.running = this.#current.label;
    showKernelStatus(this.#toolbar, { backend: facts?.backend, liveTensors: state === 'idle' ? facts?.liveTensors : undefined, ...update, state });
  }
}
