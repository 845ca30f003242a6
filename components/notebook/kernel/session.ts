/**
 * One kernel session: the page scope, which cells have run, and the runaway guard. DOM-free, so the
 * unit tests run it in Node; in the page it lives in the kernel worker, and Restart ends the worker.
 */
import { declaredNamesOf } from '../transform/transform-cell';
import { compileCell, type Scope } from './compile-cell';
import { undefinedNameIn } from './error-location';
import { createInterruptGuard, type InterruptGuard, type InterruptGuardOptions } from './interrupt-guard';
import { NotRunYetError, type PageCell } from './unrun-cell-error';

export interface CellResult {
  /** The final expression's value (awaited); undefined when the cell has none. */
  value: unknown;
  returnsValue: boolean;
  /** Top-level names the cell declared into the page scope. */
  declaredNames: string[];
}

export class NotebookSession {
  readonly scope: Scope = Object.create(null);
  readonly guard: InterruptGuard;
  readonly #builtins: Scope;
  readonly #ran = new Set<string>();
  readonly #declaredNamesBySource = new Map<string, string[]>();

  constructor(builtins: Scope, guardOptions?: InterruptGuardOptions) {
    this.#builtins = builtins;
    this.guard = createInterruptGuard(guardOptions);
  }

  hasRun(cellId: string): boolean {
    return this.#ran.has(cellId);
  }

  /**
   * Runs one cell and resolves to the value of its final expression and what it declared.
   * Rejects with CellSyntaxError, NotRunYetError, InterruptError or whatever the code threw.
   */
  async execute(cell: PageCell, pageCells: readonly PageCell[]): Promise<CellResult> {
    const compiled = compileCell(cell.source, cell.id);
    for (const name of compiled.freeNames) {
      if (this.#isAvailable(name)) continue;
      const declaring = this.#unrunCellDeclaring(name, cell, pageCells);
      if (declaring) throw new NotRunYetError(name, declaring);
    }
    this.#ran.add(cell.id);
    try {
      const value = await compiled.run(this.scope, this.#builtins, this.guard.check);
      return { value, returnsValue: compiled.returnsValue, declaredNames: compiled.declaredNames };
    } catch (error) {
      const name = undefinedNameIn(error);
      const declaring = name ? this.#unrunCellDeclaring(name, cell, pageCells) : undefined;
      throw declaring && name ? new NotRunYetError(name, declaring) : error;
    }
  }

  #isAvailable(name: string): boolean {
    return name in this.scope || name in this.#builtins || name in globalThis;
  }

  #unrunCellDeclaring(name: string, current: PageCell, pageCells: readonly PageCell[]): PageCell | undefined {
    return pageCells.find(
      (other) => other.id !== current.id && !this.#ran.has(other.id) && this.#declaredNames(other.source).includes(name),
    );
  }

  #declaredNames(source: string): string[] {
    let names = this.#declaredNamesBySource.get(source);
    if (!names) {
      names = declaredNamesOf(source);
      this.#declaredNamesBySource.set(source, names);
    }
    return names;
  }
}
