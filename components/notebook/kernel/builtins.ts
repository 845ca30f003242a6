/**
 * The names every cell can use without importing anything: tf, Plot, display, a console that writes
 * into the cell, the lab engine's public API (each export by name, and all of it as `lab`).
 * Loaded in the kernel worker when it starts; tfjs (lab's own entry, lab.tf: core + layers, the
 * wasm backend on demand, the cpu backend's code only if it starts) is what makes that slow. Plot (with the DOM it draws into) follows once the
 * kernel is ready, so the first cell need not wait for it unless it draws: the kernel waits for
 * `plotReady` before a cell that names Plot.
 */
import type { Scope } from './compile-cell';
import type { OutputRoute } from './console-capture';

export interface KernelBuiltins {
  scope: Scope;
  /** The tfjs backend in use, e.g. "wasm", or "cpu (wasm failed to start)". */
  backend: string;
  /** Tensors alive in tfjs right now. */
  liveTensors(): number;
  /** Resolves once `Plot` is in the scope. */
  plotReady: Promise<void>;
}

/** Whether a cell's code names Plot, and so must wait for it. */
export function needsPlot(source: string): boolean {
  return /\bPlot\b/.test(source);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** display(value): shows any value in the cell that is running (or ran last); awaits promises. */
export function createDisplay(route: OutputRoute): (value: unknown) => Promise<void> | undefined {
  return (value) => {
    const output = route();
    if (output?.full) return undefined;
    if (isThenable(value)) return Promise.resolve(value).then((resolved) => output?.value(resolved));
    output?.value(value);
    return undefined;
  };
}

/** `pixelRatio` is the page's devicePixelRatio, so charts are drawn as the page would draw them. */
export async function loadBuiltins(route: OutputRoute, cellConsole: Console, pixelRatio: number): Promise<KernelBuiltins> {
  const [lab, { prepareBackend }] = await Promise.all([
    import('../../../lab/index'),
    import('../../ui/backend/tf-backend'),
  ]);
  // The cells get the whole API; lab's own code uses the names the site loads (lab/tfjs-browser.ts).
  const tf = await lab.loadFullTfjs();
  const backend = await prepareBackend();
  const scope: Scope = Object.assign(Object.create(null), lab, {
    lab,
    tf,
    display: createDisplay(route),
    console: cellConsole,
  });
  // Plot loads alone, after everything else: while it loads, a stand-in `window` exists (see loadPlot).
  const plotReady = import('../worker/worker-plot').then(async ({ loadPlot, workerPlot }) => {
    scope.Plot = workerPlot(await loadPlot(pixelRatio));
  });
  plotReady.catch(() => undefined);
  return { scope, backend, liveTensors: () => tf.memory().numTensors, plotReady };
}
