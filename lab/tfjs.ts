/**
 * The one place lab/ reaches TensorFlow.js, loaded on demand: a page that trains only on lab's array
 * engine never downloads it. `loadTfjs()` loads it (once; later calls get the same module) and every
 * caller that needs tfjs awaits it first: the run orchestrator before it builds a tfjs model, the cell
 * kernel, the widgets that use tfjs themselves. `loadTfjsCore()` loads only tfjs-core (ops, gradients,
 * the cpu backend), all that starting a backend, a tf.grad check or an op timing needs; loadTfjs() adds
 * tfjs-layers to the same engine. `tf` is a stand-in for the loaded module that lab's own files use
 * synchronously (tf.tidy, tf.layers, …); touching it, or a layers name while only the core is loaded,
 * is an error that says what to await. The types (`tf.Tensor`, `tf.Sequential`, …) come from the
 * global `tf` namespace declared in tfjs-types.d.ts, because a value stand-in cannot carry tfjs's type
 * namespace.
 * In Node ('#tfjs-loader' → tfjs-loader-node.ts: tests, the CLI, the notebooks' bundle) tfjs is loaded
 * from the start; in the browser tfjs-loader-browser.ts fetches tfjs-core with the cpu backend
 * (tfjs-core-browser.ts), the names the site uses from layers on top (tfjs-browser.ts), and for the
 * cells the whole API (tfjs-browser-full.ts).
 */
import type * as TfApi from '#tfjs-api';
import type * as CoreApi from './tfjs-core-browser.ts';
import type * as FullApi from './tfjs-browser-full.ts';
import { importFullTfjs, importTfjs, importTfjsCore, preloadedTfjs } from '#tfjs-loader';

export type Tfjs = typeof TfApi;
/** tfjs-core's part of the site's TensorFlow.js, without layers (loadTfjsCore). */
export type TfjsCore = typeof CoreApi;
/** The whole of tfjs-core and tfjs-layers (loadFullTfjs). */
export type FullTfjs = typeof FullApi;

/** The loaded modules, kept for `tf` once their imports have finished (the one cache lab keeps of a module). */
interface Loaded {
  core?: TfjsCore;
  api?: Tfjs;
  loadingCore?: Promise<TfjsCore>;
  loading?: Promise<Tfjs>;
}
const loaded: Loaded = preloadedTfjs ? { core: preloadedTfjs, api: preloadedTfjs } : {};

/** `loading`, forgotten by `forget` if it fails, so that a later call tries again. */
function retryable<T>(loading: Promise<T>, forget: () => void): Promise<T> {
  return loading.catch((error: unknown) => {
    forget();
    throw error;
  });
}

/** True once TensorFlow.js has been loaded, its core at least (always in Node). */
export function tfjsLoaded(): boolean {
  return loaded.core !== undefined;
}

/** Loads tfjs-core with the cpu backend, gradients and chained methods, without layers, and returns it. */
export function loadTfjsCore(): Promise<TfjsCore> {
  if (loaded.core) return Promise.resolve(loaded.core);
  loaded.loadingCore ??= retryable(importTfjsCore().then((core) => (loaded.core = core)), () => delete loaded.loadingCore);
  return loaded.loadingCore;
}

/**
 * Loads TensorFlow.js (core, layers, the cpu backend) if it is not loaded yet, and returns it. The core
 * and the layers chunk are fetched together: layers' chunk imports the core's, so neither waits for the other.
 */
export function loadTfjs(): Promise<Tfjs> {
  if (loaded.api) return Promise.resolve(loaded.api);
  loaded.loading ??= retryable(Promise.all([loadTfjsCore(), importTfjs()]).then(([, api]) => (loaded.api = api)), () => delete loaded.loading);
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
  return loaded.core ? loaded.core.engine().state.numTensors : 0;
}

/** The tfjs backend in use, or 'none' while TensorFlow.js is not loaded (a run that never needed it). */
export function tfjsBackendName(): string {
  return loaded.core ? loaded.core.getBackend() : 'none';
}

/** The most of TensorFlow.js loaded so far: core and layers, or the core alone (whose module lacks layers' names). */
function loadedApi(name: PropertyKey): Tfjs {
  const api = loaded.api ?? (loaded.core as Tfjs | undefined);
  if (!api) throw new Error(`TensorFlow.js is not loaded yet (tf.${String(name)}): await loadTfjs() before using it.`);
  return api;
}

/** A name of tfjs's; one of layers' (tf.layers, tf.sequential, …) while only the core is loaded is an error that says so. */
function loadedName(name: PropertyKey): unknown {
  const api = loadedApi(name);
  if (!loaded.api && typeof name === 'string' && !(name in api)) {
    throw new Error(`Only TensorFlow.js's core is loaded, without tf.${name}: await loadTfjs() before using it.`);
  }
  return api[name as keyof Tfjs];
}

export const tf: Tfjs = new Proxy({} as Tfjs, {
  get: (_target, name) => loadedName(name),
  has: (_target, name) => name in loadedApi(name),
  ownKeys: () => Reflect.ownKeys(loadedApi('ownKeys')),
  getOwnPropertyDescriptor: (_target, name) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(loadedApi(name), name);
    return descriptor && { ...descriptor, configurable: true };
  },
});
