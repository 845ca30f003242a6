/**
 * The names every cell can use without importing anything: tf, Plot, display, a console that writes
 * into the cell, the lab engine's public API (each export by name, and all of it as `lab`).
 * Loading this is what makes the first run slow (tfjs), so it happens on the first run only.
 */
import type { Scope } from './compile-cell';
import type { SinkRoute } from './console-capture';

export interface KernelBuiltins {
  scope: Scope;
  /** The tfjs backend in use, e.g. "cpu". */
  backend: string;
  /** Tensors alive in tfjs right now. */
  liveTensors(): number;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** display(value): shows any value in the cell that is running (or ran last); awaits promises. */
export function createDisplay(route: SinkRoute): (value: unknown) => Promise<void> | undefined {
  return (value) => {
    const sink = route();
    if (isThenable(value)) return Promise.resolve(value).then((resolved) => sink?.value(resolved));
    sink?.value(value);
    return undefined;
  };
}

export async function loadBuiltins(route: SinkRoute, cellConsole: Console): Promise<KernelBuiltins> {
  const [tf, Plot, lab, { prepareBackend }] = await Promise.all([
    import('@tensorflow/tfjs'),
    import('@observablehq/plot'),
    import('../../../lab/index'),
    import('../../ui/backend/tf-backend'),
  ]);
  const backend = await prepareBackend();
  const scope: Scope = Object.assign(Object.create(null), lab, {
    lab,
    tf,
    Plot,
    display: createDisplay(route),
    console: cellConsole,
  });
  return { scope, backend, liveTensors: () => tf.memory().numTensors };
}

