/**
 * The kernel as it lives in the worker: one NotebookSession (the shared scope, the guard), the run in
 * progress, and where output goes. Values never leave the worker; display data made from them does.
 * Shared-kernel semantics are the session's: top-level declarations persist, in run order.
 */
import { consoleText, displayValue, type ConsoleLevel, type DisplayData } from '../render/display-data';
import { reportError, type ErrorContext } from '../render/error-report';
import { needsPlot, type KernelBuiltins } from '../kernel/builtins';
import type { CellOutput } from '../kernel/console-capture';
import { deepenStackTraces } from '../kernel/error-location';
import { InterruptError } from '../kernel/interrupt-guard';
import { tokenRevoked } from '../kernel/interrupt-signal';
import type { CellOutcome, KernelFacts, PageMessage, WorkerMessage } from '../kernel/protocol';
import { NotebookSession } from '../kernel/session';
import type { PageCell } from '../kernel/unrun-cell-error';

export const INTERRUPT_MESSAGE = 'Interrupted with the Interrupt button.';
/** Output items one run may send the page (a loop that prints must not flood it). */
export const MAX_OUTPUT_ITEMS = 500;

type ExecuteRequest = Extract<PageMessage, { type: 'execute' }>;

interface Run {
  cellId: string;
  token: string;
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

export class WorkerKernel {
  readonly #post: (message: WorkerMessage) => void;
  readonly #session: NotebookSession;
  readonly #builtins: KernelBuiltins;
  #current: Run | undefined;
  #lastCellId: string | undefined;
  #pageCells: PageCell[] = [];
  /** Output items sent since the latest run started. */
  #sent = 0;

  constructor(builtins: KernelBuiltins, post: (message: WorkerMessage) => void) {
    this.#builtins = builtins;
    this.#post = post;
    this.#session = new NotebookSession(builtins.scope, {
      interruptRequested: () => this.#current !== undefined && tokenRevoked(this.#current.token),
      requestedMessage: INTERRUPT_MESSAGE,
    });
  }

  facts(): KernelFacts {
    return { backend: this.#builtins.backend, liveTensors: this.#builtins.liveTensors() };
  }

  /** Where console output and display() go: the running cell, else the one that ran last. */
  readonly outputNow = (): CellOutput | undefined => {
    const cellId = this.#current?.cellId ?? this.#lastCellId;
    if (!cellId) return undefined;
    const send = (data: DisplayData) => {
      this.#sent++;
      const last = this.#sent === MAX_OUTPUT_ITEMS;
      this.#post({ type: 'display', cellId, data: last ? { kind: 'note', text: `Output stops here: a run shows at most ${MAX_OUTPUT_ITEMS} items.` } : data });
    };
    return {
      console: (level: ConsoleLevel, args: readonly unknown[]) => send({ kind: 'console', level, text: consoleText(args) }),
      value: (value: unknown) => send(displayValue(value)),
      full: this.#sent >= MAX_OUTPUT_ITEMS,
    };
  };

  async execute({ runId, cell, pageCells, interruptToken }: ExecuteRequest): Promise<void> {
    const { abandoned, abandon } = abandonable();
    const run: Run = { cellId: cell.id, token: interruptToken, abandon };
    this.#current = run;
    this.#lastCellId = cell.id;
    this.#sent = 0;
    this.#pageCells = pageCells;
    this.#session.guard.clearInterrupt();
    const restoreStackTraces = deepenStackTraces();
    let outcome: CellOutcome;
    try {
      if (needsPlot(cell.source)) await Promise.race([this.#builtins.plotReady, abandoned]);
      const running = this.#session.execute(cell, pageCells);
      running.catch(() => undefined);
      const result = await Promise.race([running, abandoned]);
      const value = result.returnsValue && result.value !== undefined ? displayValue(result.value) : undefined;
      outcome = { ok: true, value, declaredNames: result.declaredNames };
    } catch (error) {
      outcome = { ok: false, error: reportError(error, this.#context(cell.id)) };
    } finally {
      restoreStackTraces();
      if (this.#current === run) this.#current = undefined;
    }
    this.#post({ type: 'finished', runId, outcome, ...this.facts() });
  }

  /** Stops the running cell: at its next guard check, or now if it is waiting on a promise. */
  interrupt(message: string): void {
    this.#session.guard.interrupt(message);
    this.#current?.abandon(new InterruptError(message));
  }

  /** An error from a cell's unawaited promise or timer, after its run ended. */
  readonly reportLateError = (error: unknown, cellId: string): boolean => {
    if (!this.#pageCells.some((cell) => cell.id === cellId)) return false;
    this.#post({ type: 'late-error', cellId, error: reportError(error, this.#context(cellId)) });
    return true;
  };

  #context(cellId: string): ErrorContext {
    const cells = this.#pageCells;
    return {
      cellId,
      source: cells.find((cell) => cell.id === cellId)?.source ?? '',
      positionOf: (id) => cells.find((cell) => cell.id === id)?.position,
    };
  }
}
