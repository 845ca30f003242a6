/**
 * The names every cell can use without importing anything: tf, Plot, display, a console that writes
 * into the cell, the lab engine's public API (each export by name, and all of it as `lab`).
 * Loaded in the kernel worker when it starts; tfjs is what makes that slow.
 */
import type { Scope } from './compile-cell';
import type { OutputRoute } from './console-capture';

export interface KernelBuiltins {
  scope: Scope;
  /** The tfjs backend in use, e.g. "wasm", or "cpu (wasm failed to start)". */
  backend: string;
  /** Tensors alive in tfjs right now. */
  liveTensors(): number;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** display(value): shows any value in the cell that is running (or ran last); awaits promises. */
export function createDisplay(route: OutputRoute): (value: unknown) => Promise<void> | undefined {
  return (value) => {
    const output = route();
    if (isThenable(value)) return Promise.resolve(value).then((resolved) => output?.value(resolved));
    output?.value(value);
    return undefined;
  };
}

/** `pixelRatio` is the page's devicePixelRatio, so charts are drawn as the page would draw them. */
export async function loadBuiltins(route: OutputRoute, cellConsole: Console, pixelRatio: number): Promise<KernelBuiltins> {
  const [tf, { loadPlot, workerPlot }, lab, { prepareBackend }] = await Promise.all([
    import('@tensorflow/tfjs'),
    import('../worker/worker-plot'),
    import('../../../lab/index'),
    import('../../ui/tf-backend'),
  ]);
  const backend = await prepareBackend();
  // Plot loads alone, last: while it loads, a stand-in `window` exists (see loadPlot).
  const Plot = await loadPlot(pixelRatio);
  const scope: Scope = Object.assign(Object.create(null), lab, {
    lab,
    tf,
    Plot: workerPlot(Plot),
    display: createDisplay(route),
    console: cellConsole,
  });
  return { scope, backend, liveTensors: () => tf.memory().numTensors };
}
