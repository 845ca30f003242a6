import { describe, expect, it } from 'vitest';
import { deepenStackTraces, locateInCell } from '../../components/notebook/kernel/error-location';
import { InterruptError, POLL_INTERVAL_MS } from '../../components/notebook/kernel/interrupt-guard';
import { NotebookSession } from '../../components/notebook/kernel/session';
import { NotRunYetError, type PageCell } from '../../components/notebook/kernel/unrun-cell-error';

const TEST_LIMIT_MS = 200;

function page(...sources: string[]): PageCell[] {
  return sources.map((source, index) => ({ id: `cell-${index + 1}`, position: index + 1, source }));
}

function newSession(builtins: Record<string, unknown> = {}): NotebookSession {
  return new NotebookSession(Object.assign(Object.create(null), builtins), { limitMs: TEST_LIMIT_MS });
}

/** Runs a cell and resolves to its value. */
async function valueOf(session: NotebookSession, cell: PageCell, cells: PageCell[]): Promise<unknown> {
  return (await session.execute(cell, cells)).value;
}

/**
 * A clock that moves one millisecond each time it is read, i.e. at every check the guard makes: the
 * guard's timing is then a count of checks, the same on a quiet machine and a loaded one.
 */
function checkClock() {
  let time = 0;
  return { now: () => time++, read: () => time };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the cell to fail');
}

describe('NotebookSession', () => {
  it('shares top-level declarations between cells in the order they run', async () => {
    const cells = page('const { a, b: [c] } = { a: 2, b: [3] };\nlet total = a + c;', 'total += 10;\ntotal * 2');
    const session = newSession();
    expect(await session.execute(cells[0], cells)).toEqual({ value: undefined, returnsValue: false, declaredNames: ['a', 'c', 'total'] });
    expect(await valueOf(session, cells[1], cells)).toBe(30);
    expect(session.scope.total).toBe(15);
  });

  it('lets a function from one cell see values that later cells change', async () => {
    const cells = page('let rate = 1;\nfunction scaled(x) { return x * rate; }', 'rate = 5;\nscaled(2)');
    const session = newSession();
    await session.execute(cells[0], cells);
    expect(await valueOf(session, cells[1], cells)).toBe(10);
  });

  it('shares classes and awaits a promise in the final expression', async () => {
    const cells = page('class Counter { n = 0; up() { return ++this.n; } }', 'const counter = new Counter();\ncounter.up();\nPromise.resolve(counter.up())');
    const session = newSession();
    await session.execute(cells[0], cells);
    expect(await valueOf(session, cells[1], cells)).toBe(2);
  });

  it('runs top-level await and re-running a const cell replaces the value', async () => {
    const cells = page('const when = await new Promise((done) => setTimeout(() => done(Math.random()), 5));\nwhen');
    const session = newSession();
    const first = await valueOf(session, cells[0], cells);
    const second = await valueOf(session, cells[0], cells);
    expect(typeof first).toBe('number');
    expect(second).not.toBe(first);
  });

  it('reads kernel globals, and a cell declaration may shadow them', async () => {
    const cells = page('greet("kernel")', 'const greet = (who) => `hi ${who}`;\ngreet("cell")');
    const session = newSession({ greet: (who: string) => `hello ${who}` });
    expect(await valueOf(session, cells[0], cells)).toBe('hello kernel');
    expect(await valueOf(session, cells[1], cells)).toBe('hi cell');
  });

  it('names the cell that declares a name when that cell has not run yet', async () => {
    const cells = page('const model = { layers: 1 };', 'const other = 1;', 'model.layers');
    const session = newSession();
    const error = await rejection(session.execute(cells[2], cells));
    expect(error).toBeInstanceOf(NotRunYetError);
    expect((error as Error).message).toBe('`model` is defined in cell [1], which has not run yet — run it first.');
    await session.execute(cells[0], cells);
    expect(await valueOf(session, cells[2], cells)).toBe(1);
  });

  it('also names the cell when the missing name is read inside a function from another cell', async () => {
    const cells = page('function useLater() { return later * 2; }', 'const later = 4;', 'useLater()');
    const session = newSession();
    await session.execute(cells[0], cells);
    const error = await rejection(session.execute(cells[2], cells));
    expect((error as Error).message).toMatch(/`later` is defined in cell \[2\]/);
  });

  it('keeps strict mode: assigning an undeclared name is an error, not a new global', async () => {
    const cells = page('undeclaredThing = 3;');
    const error = await rejection(newSession().execute(cells[0], cells));
    expect(error).toBeInstanceOf(ReferenceError);
    expect('undeclaredThing' in globalThis).toBe(false);
  });

  it('locates a runtime error on the line of the cell where it was thrown', async () => {
    const cells = page('const a = 1;\n\nconst b = a.missing.deeper; // line 3');
    const error = await rejection(newSession().execute(cells[0], cells));
    expect(error).toBeInstanceOf(TypeError);
    expect(locateInCell(error)).toEqual({ cellId: 'cell-1', line: 3 });
  });

  it('still finds the cell line when the error comes from deep inside a library', async () => {
    const deepLibrary = (depth: number): number => {
      if (depth === 0) throw new Error('thrown 40 calls down');
      return deepLibrary(depth - 1) + 1;
    };
    const cells = page('const before = 1;\ndeepLibrary(40)');
    const restore = deepenStackTraces();
    const error = await rejection(newSession({ deepLibrary }).execute(cells[0], cells)).finally(restore);
    expect(locateInCell(error)).toEqual({ cellId: 'cell-1', line: 2 });
  });

  it('interrupts a runaway loop and keeps working afterwards', async () => {
    const cells = page('let spins = 0;\nwhile (true) { spins++; }', 'spins > 0');
    const clock = checkClock();
    const session = new NotebookSession(Object.create(null), { limitMs: TEST_LIMIT_MS, now: clock.now });
    const error = await rejection(session.execute(cells[0], cells));
    expect(error).toBeInstanceOf(InterruptError);
    // Stopped at the first check past the limit, not later.
    expect(clock.read()).toBe(TEST_LIMIT_MS + 2);
    await new Promise((done) => setTimeout(done, 0));
    expect(await valueOf(session, cells[1], cells)).toBe(true);
  });

  it('interrupts a runaway function that a cell declared and another cell calls', async () => {
    const cells = page('function spin() { let n = 0; while (true) n++; }', 'spin()');
    const session = newSession();
    await session.execute(cells[0], cells);
    expect(await rejection(session.execute(cells[1], cells))).toBeInstanceOf(InterruptError);
  });

  it('does not interrupt long async work that yields to the page', async () => {
    const cells = page('let ticks = 0;\nfor (let i = 0; i < 6; i++) { await new Promise((done) => setTimeout(done, 60)); ticks++; }\nticks');
    expect(await valueOf(newSession(), cells[0], cells)).toBe(6);
  });

  it('interrupt() stops the running cell at its next check', async () => {
    const cells = page('for (let i = 0; ; i++) { await new Promise((done) => setTimeout(done, 5)); }');
    const session = newSession();
    setTimeout(() => session.guard.interrupt('stopped by the reader'), 30);
    const error = await rejection(session.execute(cells[0], cells));
    expect(error).toBeInstanceOf(InterruptError);
    expect((error as Error).message).toBe('stopped by the reader');
  });
});

describe('the interrupt question (how Interrupt reaches code that never yields)', () => {
  it('is asked during a long stretch; a yes stops the loop, and the session keeps its variables', async () => {
    const asked: number[] = [];
    const clock = checkClock();
    const interruptRequested = () => asked.push(clock.read()) >= 3;
    const session = new NotebookSession(Object.create(null), { limitMs: 60_000, now: clock.now, interruptRequested, requestedMessage: 'stopped by Interrupt' });
    const cells = page('let spins = 0;\nwhile (true) { spins++; }', 'spins > 0');
    const error = await rejection(session.execute(cells[0], cells));
    expect(error).toBeInstanceOf(InterruptError);
    expect((error as Error).message).toBe('stopped by Interrupt');
    expect(asked).toHaveLength(3);
    // Asked once a poll interval has passed since the stretch began, then once per interval: not at every check.
    expect(asked[0]).toBe(POLL_INTERVAL_MS + 2);
    expect(asked[1]! - asked[0]!).toBe(POLL_INTERVAL_MS + 1);
    expect(asked[2]! - asked[1]!).toBe(POLL_INTERVAL_MS + 1);
    session.guard.clearInterrupt();
    await new Promise((done) => setTimeout(done, 0));
    expect(await valueOf(session, cells[1], cells)).toBe(true);
  });

  it('asks again at the next check when the question itself overflowed the stack', async () => {
    const asked: number[] = [];
    const clock = checkClock();
    const interruptRequested = () => {
      if (asked.push(clock.read()) === 1) throw new RangeError('Maximum call stack size exceeded');
      return true;
    };
    const session = new NotebookSession(Object.create(null), { limitMs: 60_000, now: clock.now, interruptRequested, requestedMessage: 'stopped by Interrupt' });
    // Every overflow is caught and retried, as a runaway recursion that swallows its errors would.
    const cells = page('function dive() { try { dive(); } catch { dive(); } }\ndive()', 'typeof dive');
    const error = await rejection(session.execute(cells[0], cells));
    expect((error as Error).message).toBe('stopped by Interrupt');
    expect(asked).toHaveLength(2);
    expect(asked[1]! - asked[0]!, 'asked again at the next check, not a poll interval later').toBe(1);
    session.guard.clearInterrupt();
    await new Promise((done) => setTimeout(done, 0));
    expect(await valueOf(session, cells[1], cells)).toBe('function');
  });
});
