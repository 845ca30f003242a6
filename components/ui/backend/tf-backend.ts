/**
 * Chooses the tfjs backend for widgets and cells, and falls back when it cannot start: the backend
 * label then says which one runs and which failed (e.g. "cpu (wasm failed to start)").
 * DEFAULT_BACKEND is 'wasm', chosen by measurement (bench/README.md): plain dense networks train on
 * lab's array engine whatever the backend, and the demos that need tfjs (custom activation layers,
 * gradient analyses) used about half the main-thread CPU time on wasm that they used on cpu. The
 * .wasm binaries (about 140 KB gzip) load only when the first widget or cell starts.
 * The first backend started on a page is kept by later callers that state no preference, and
 * recorded on <html data-tf-backend>, so widgets and cells on one page do not switch it back and forth.
 *
 * Test and benchmark hooks, read from the page address:
 *   ?tf-backend=cpu | wasm   use that backend;
 *   ?tf-backend=broken-wasm  ask for wasm but make it fail to start, to see the fallback;
 *   ?debug-tensors           expose tf.memory() as window.__activationLabDebug (debug-hook.ts).
 */
import { loadTfjsCore, tensorsAlive, tfjsLoaded, type TfjsCore } from '../../../lab/index';
import { installDebugHook } from './debug-hook';
import { registerWasmBackend, WASM_BACKEND } from './wasm-backend';

export const DEFAULT_BACKEND = 'wasm';
export const BACKEND_PARAM = 'tf-backend';
export const BROKEN_WASM = 'broken-wasm';
const SUPPORTED_BACKENDS = ['cpu', WASM_BACKEND] as const;

export interface BackendReport {
  /** The backend in use. */
  name: string;
  /** Backends tried first that failed to start. */
  failed: string[];
}

interface BackendRequest {
  preferred: string;
  broken: boolean;
}

function readRequest(preferred: string, search: string): BackendRequest {
  const asked = new URLSearchParams(search).get(BACKEND_PARAM);
  if (asked === BROKEN_WASM) return { preferred: WASM_BACKEND, broken: true };
  if ((SUPPORTED_BACKENDS as readonly string[]).includes(asked ?? '')) return { preferred: asked!, broken: false };
  return { preferred, broken: false };
}

/** Switches to `name`; true when it runs. Another widget may be starting the same backend at once. */
async function activate(tf: TfjsCore, name: string, broken: boolean): Promise<boolean> {
  try {
    if (name === WASM_BACKEND) await registerWasmBackend(tf, broken);
    await tf.ready();
    if (tf.getBackend() === name) return true;
    const switched = await tf.setBackend(name);
    await tf.ready();
    return switched || tf.getBackend() === name;
  } catch {
    return false;
  }
}

/** The backend already started on this page, and those that failed before it (see the file comment). */
function pageBackend(): BackendReport | undefined {
  if (typeof document !== 'object') return undefined;
  const { tfBackend, tfBackendFailed } = document.documentElement.dataset;
  return tfBackend ? { name: tfBackend, failed: tfBackendFailed ? tfBackendFailed.split(' ') : [] } : undefined;
}

function recordPageBackend({ name, failed }: BackendReport): void {
  if (typeof document !== 'object') return;
  document.documentElement.dataset.tfBackend = name;
  if (failed.length > 0) document.documentElement.dataset.tfBackendFailed = failed.join(' ');
}

/**
 * Starts the preferred backend (default: the page's, else DEFAULT_BACKEND), or the first of the others
 * that starts. It loads only tfjs-core (loadTfjsCore): a demo that checks derivatives or times ops needs
 * no more, and whatever builds a model loads layers itself (loadTfjs).
 */
export async function startBackend(preferred?: string): Promise<BackendReport> {
  const tf = await loadTfjsCore();
  const search = typeof location === 'object' ? location.search : '';
  if (typeof window === 'object') installDebugHook(search);
  const established = pageBackend();
  const request = readRequest(preferred ?? established?.name ?? DEFAULT_BACKEND, search);
  const order = [request.preferred, ...SUPPORTED_BACKENDS.filter((name) => name !== request.preferred)];
  const failed: string[] = request.preferred === established?.name ? [...established.failed] : [];
  for (const name of order) {
    if (await activate(tf, name, request.broken)) {
      recordPageBackend({ name, failed });
      return { name, failed };
    }
    failed.push(name);
  }
  throw new Error(`No TensorFlow.js backend could start (tried ${failed.join(', ')}).`);
}

/** "cpu", or "cpu (wasm failed to start)" after a fallback. */
export function describeBackend({ name, failed }: BackendReport): string {
  return failed.length === 0 ? name : `${name} (${failed.join(', ')} failed to start)`;
}

/** True when the page address asks for a backend (?tf-backend=…, any value): the hook starts TensorFlow.js with the demo. */
export function backendRequested(search: string = typeof location === 'object' ? location.search : ''): boolean {
  return new URLSearchParams(search).has(BACKEND_PARAM);
}

/** Starts a backend (falling back when needed) and returns its label for the widget to show. */
export async function prepareBackend(preferred?: string): Promise<string> {
  const report = await startBackend(preferred);
  if (report.failed.length > 0) console.warn(`TensorFlow.js: using ${describeBackend(report)}.`);
  return describeBackend(report);
}

/** Tensors alive right now (0 while TensorFlow.js is not loaded); widgets check it returns to its starting value after a run. */
export function liveTensorCount(): number {
  return tensorsAlive();
}

/**
 * Notes the live tensor count before a run; the returned function, called when the run has ended,
 * reports any tensors the run left behind (the count is page-wide: a demo training at the same time
 * also changes it). A run that never loaded TensorFlow.js made no tensors and is not counted.
 */
export function startLeakCheck(widget: string): () => void {
  const before = liveTensorCount();
  return () => {
    if (!tfjsLoaded()) return;
    const leaked = liveTensorCount() - before;
    if (leaked !== 0) console.error(`${widget}: ${leaked} more tensor(s) alive than before training (another demo training at the same time also changes this count)`);
  };
}
