/**
 * The page's end of one kernel worker: starts it, sends cells, routes its display data to the page
 * and resolves each run with its outcome. Terminating the worker (Restart, or an Interrupt that the
 * running code cannot hear) ends every run in progress with the reason given. A worker is never
 * reused after that: the page kernel makes a new connection.
 */
import workerUrl from '../worker/kernel-worker.ts?worker&url';
import type { DisplayData } from '../render/display-data';
import type { ErrorReport } from '../render/error-report';
import { createInterruptToken, type InterruptToken } from './interrupt-signal';
import { PIXEL_RATIO_PARAM, type CellOutcome, type KernelFacts, type PageMessage, type WorkerMessage } from './protocol';
import type { PageCell } from './unrun-cell-error';

export interface KernelListener {
  display(cellId: string, data: DisplayData): void;
  lateError(cellId: string, error: ErrorReport): void;
  facts(facts: KernelFacts): void;
}

/** Why a connection ended before it was ready: Restart, or an Interrupt that had to restart. */
export class KernelClosedError extends Error {
  constructor(readonly report: ErrorReport) {
    super(report.message);
  }
}

interface PendingRun {
  token: InterruptToken;
  resolve(outcome: CellOutcome): void;
}

export class KernelConnection {
  readonly #worker: Worker;
  readonly #listener: KernelListener;
  readonly #runs = new Map<number, PendingRun>();
  readonly ready: Promise<KernelFacts>;
  #nextRunId = 1;
  #closed: ErrorReport | undefined;
  #refuseStart: (error: Error) => void = () => undefined;

  constructor(listener: KernelListener) {
    this.#listener = listener;
    // The worker sees the page's query, so test hooks (?tf-backend=…) reach its tfjs too. The
    // bundler's address for the worker may carry a query of its own (in development): add to it.
    const address = new URL(workerUrl, location.href);
    for (const [name, value] of new URLSearchParams(location.search)) address.searchParams.append(name, value);
    address.searchParams.set(PIXEL_RATIO_PARAM, String(devicePixelRatio));
    this.#worker = new Worker(address, { type: 'module', name: 'notebook kernel' });
    this.ready = new Promise<KernelFacts>((resolve, reject) => {
      this.#refuseStart = reject;
      this.#worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === 'ready') resolve(message);
        else if (message.type === 'start-failed') reject(new Error(message.message));
        else this.#receive(message);
      });
      this.#worker.addEventListener('error', (event) => {
        // Only a worker that never started ends here; later uncaught errors are reported by the worker.
        reject(new Error(event.message || 'the kernel worker could not be loaded'));
      });
    });
    this.ready.catch(() => undefined);
  }

  /** Runs one cell; resolves with how it ended (never rejects). */
  run(cell: PageCell, pageCells: PageCell[]): Promise<CellOutcome> {
    if (this.#closed) return Promise.resolve({ ok: false, error: this.#closed });
    const runId = this.#nextRunId++;
    const token = createInterruptToken();
    const finished = new Promise<CellOutcome>((resolve) => this.#runs.set(runId, { token, resolve }));
    this.#send({ type: 'execute', runId, cell, pageCells, interruptToken: token.url });
    return finished;
  }

  get busy(): boolean {
    return this.#runs.size > 0;
  }

  /** Asks the running cell to stop: a message for code that yields, a revoked token for code that does not. */
  interrupt(message: string): void {
    for (const run of this.#runs.values()) run.token.revoke();
    this.#send({ type: 'interrupt', message });
  }

  /** Ends the worker now; every run in progress ends with `reason` (and `ready`, if still pending, fails). */
  terminate(reason: ErrorReport): void {
    this.#closed = reason;
    this.#worker.terminate();
    this.#refuseStart(new KernelClosedError(reason));
    for (const [runId, run] of this.#runs) this.#settle(runId, run, { ok: false, error: reason });
  }

  #send(message: PageMessage): void {
    if (!this.#closed) this.#worker.postMessage(message);
  }

  #settle(runId: number, run: PendingRun, outcome: CellOutcome): void {
    this.#runs.delete(runId);
    run.token.revoke();
    run.resolve(outcome);
  }

  #receive(message: Exclude<WorkerMessage, { type: 'ready' | 'start-failed' }>): void {
    if (this.#closed) return;
    if (message.type === 'display') this.#listener.display(message.cellId, message.data);
    else if (message.type === 'late-error') this.#listener.lateError(message.cellId, message.error);
    else {
      const run = this.#runs.get(message.runId);
      this.#listener.facts({ backend: message.backend, liveTensors: message.liveTensors });
      if (run) this.#settle(message.runId, run, message.outcome);
    }
  }
}
