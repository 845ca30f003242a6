/**
 * The one place lab/ reaches TensorFlow.js, loaded on demand: a page that trains only on lab's array
 * engine never downloads it. `loadTfjs()` loads it (once; later calls get the same module) and every
 * caller that needs tfjs awaits it first: the run orchestrator before it builds a tfjs model, the backend
 * chooser, the cell kernel, the widgets that use tfjs themselves. `tf` is a stand-in for the loaded module
 * that lab's own files use synchronously (tf.tidy, tf.layers, …); touching it before the load is an
 * error that says so. The types (`tf.Tensor`, `tf.Sequential`, …) come from the global `tf` namespace
 * declared in tfjs-types.d.ts, because a value stand-in cannot carry tfjs's type namespace.
 * In Node ('#tfjs-loader' → tfjs-loader-node.ts: tests, the CLI, the notebooks' bundle) tfjs is loaded
 * from the start; in the browser tfjs-loader-browser.ts fetches the names the site uses from core + layers,
 * with the cpu backend (tfjs-browser.ts), and for the cells the whole API (tfjs-browser-full.ts).
 */
import type * as TfApi from '#tfjs-api';
import type * as FullApi from './tfjs-browser-full.ts';
import { importFullTfjs, importTfjs, preloadedTfjs } from '#tfjs-loader';

export type Tfjs = typeof TfApi;
/** The whole of tfjs-core and tfjs-layers (loadFullTfjs). */
export type FullTfjs = typeof FullApi;

/** The loaded module, kept for `tf` once the import has finished (the one cache lab keeps of a module). */
const loaded: { api?: Tfjs; loading?: Promise<Tfjs> } = preloadedTfjs ? { api: preloadedTfjs } : {};

/** True once TensorFlow.js has been loaded (always in Node). */
export function tfjsLoaded(): boolean {
  return loaded.api !== undefined;
}

/** Loads TensorFlow.js (core, layers, the cpu backend) if it is not loaded yet, and returns it. */
export function loadTfjs(): Promise<Tfjs> {
  if (loaded.api) return Promise.resolve(loaded.api);
  loaded.loading ??= importTfjs().then((api) => {
    loaded.api = api;
    return api;
  }, (error: unknown) => {
    delete loaded.loading;
    throw error;
  });
  return loaded.loading;
}

/**
 * The whole TensorFlow.js API, for code the site does not know in advance (a reader's cells): in the
 * browser loadTfjs() loads only the names the site uses (tfjs-browser.ts), and this adds the rest,
 * sharing its engine.
 */
export async function loadFullTfjs(): Promise<FullTfjs> {
  await loadTfjs();
  return importFullTfjs();
}

/**
 * Tensors alive now (what tf.memory() reports); 0 while TensorFlow.js is not loaded, as none can exist.
 * Read from tfjs's engine state, which, unlike tf.memory(), can be read while a backend is starting.
 */
export function tensorsAlive(): number {
  return loaded.api ? loaded.api.engine().state.numTensors : 0;
}

/** The tfjs backend in use, or 'none' while TensorFlow.js is not loaded (a run that never needed it). */
export function tfjsBackendName(): string {
  return loaded.api ? loaded.api.getBackend() : 'none';
}

function loadedApi(name: PropertyKey): Tfjs {
  if (!loaded.api) throw new Error(`TensorFlow.js is not loaded yet (tf.${String(name)}): await loadTfjs() before using it.`);
  return loaded.api;
}

export const tf: Tfjs = new Proxy({} as Tfjs, {
  get: (_target, name) => loadedApi(name)[name as keyof Tfjs],
  has: (_target, name) => name in loadedApi(name),
  ownKeys: () => Reflect.ownKeys(loadedApi('ownKeys')),
  getOwnPropertyDescriptor: (_target, name) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(loadedApi(name), name);
    return descriptor && { ...descriptor, configurable: true };
  },
});
