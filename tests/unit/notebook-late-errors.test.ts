import { describe, expect, it } from 'vitest';
import { watchLateErrors } from '../../components/notebook/kernel/late-errors';

/** An error whose stack trace runs through a cell, as V8 writes it for code compiled with sourceURL=notebook/<id>.js. */
function errorFromCell(cellId: string, message: string): Error {
  const error = new Error(message);
  error.stack = `Error: ${message}\n    at eval (http://127.0.0.1/notebook/${cellId}.js:7:9)\n    at run (http://127.0.0.1/_astro/kernel.js:1:1)`;
  return error;
}

function rejection(reason: unknown): Event {
  return Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason });
}

function uncaught(error: unknown): Event {
  return Object.assign(new Event('error', { cancelable: true }), { error });
}

describe('watchLateErrors', () => {
  it('hands an unawaited rejection or a timer error from a cell to the report, and keeps it off the console', () => {
    const target = new EventTarget();
    const reported: [string, string][] = [];
    watchLateErrors((error, cellId) => reported.push([cellId, (error as Error).message]) > 0, target as unknown as Window);
    const late = rejection(errorFromCell('cell-2', 'never awaited'));
    const timer = uncaught(errorFromCell('cell-3', 'thrown by a timer'));
    target.dispatchEvent(late);
    target.dispatchEvent(timer);
    expect(reported).toEqual([['cell-2', 'never awaited'], ['cell-3', 'thrown by a timer']]);
    expect(late.defaultPrevented).toBe(true);
    expect(timer.defaultPrevented).toBe(true);
  });

  it('leaves alone errors that did not come from a cell, and those the report declines', () => {
    const target = new EventTarget();
    const reported: string[] = [];
    watchLateErrors((_, cellId) => cellId === 'cell-1' && reported.push(cellId) > 0, target as unknown as Window);
    const fromPage = rejection(new Error('a widget bug'));
    const noStack = rejection('a plain string');
    const unknownCell = rejection(errorFromCell('cell-9', 'from a cell that is gone'));
    for (const event of [fromPage, noStack, unknownCell]) target.dispatchEvent(event);
    expect(reported).toEqual([]);
    expect([fromPage, noStack, unknownCell].map((event) => event.defaultPrevented)).toEqual([false, false, false]);
  });

  it('stops watching when asked', () => {
    const target = new EventTarget();
    const reported: string[] = [];
    const stop = watchLateErrors((_, cellId) => reported.push(cellId) > 0, target as unknown as Window);
    stop();
    target.dispatchEvent(rejection(errorFromCell('cell-1', 'after stop')));
    expect(reported).toEqual([]);
  });
});
