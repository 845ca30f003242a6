/**
 * Chooses the tfjs backend for widgets and cells, and falls back when it cannot start: the backend
 * label then says which one runs and which failed (e.g. "cpu (wasm failed to start)").
 * DEFAULT_BACKEND is 'cpu', chosen by measurement (bench/README.md): plain dense networks train on
 * lab's array engine whatever the backend, and for the rest wasm gained too little in the page to
 * pay for its download and start-up.
 *
 * Test and benchmark hooks, read from the page address:
 *   ?tf-backend=cpu | wasm   use that backend;
 *   ?tf-backend=broken-wasm  ask for wasm but make it fail to start, to see the fallback;
 *   ?debug-tensors           expose tf.memory() as window.__activationLabDebug (debug-hook.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { installDebugHook } from './debug-hook';
import { registerWasmBackend, WASM_BACKEND } from './wasm-backend';

export const DEFAULT_BACKEND = 'cpu';
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
async function activate(name: string, broken: boolean): Promise<boolean> {
  try {
    if (name === WASM_BACKEND) await registerWasmBackend(broken);
    await tf.ready();
    if (tf.getBackend() === name) return true;
    const switched = await tf.setBackend(name);
    await tf.ready();
    return switched || tf.getBackend() === name;
  } catch {
    return false;
  }
}

/** Starts the preferred backend, or the first of the others that starts. */
export async function startBackend(preferred: string = DEFAULT_BACKEND): Promise<BackendReport> {
  const search = typeof location === 'object' ? location.search : '';
  if (typeof window === 'object') installDebugHook(search);
  const request = readRequest(preferred, search);
  const order = [request.preferred, ...SUPPORTED_BACKENDS.filter((name) => name !== request.preferred)];
  const failed: string[] = [];
  for (const name of order) {
    if (await activate(name, request.broken)) return { name, failed };
    failed.push(name);
  }
  throw new Error(`No TensorFlow.js backend could start (tried ${failed.join(', ')}).`);
}

/** "cpu", or "cpu (wasm failed to start)" after a fallback. */
export function describeBackend({ name, failed }: BackendReport): string {
  return failed.length === 0 ? name : `${name} (${failed.join(', ')} failed to start)`;
}

/** Starts a backend (falling back when needed) and returns its label for the widget to show. */
export async function prepareBackend(preferred: string = DEFAULT_BACKEND): Promise<string> {
  const report = await startBackend(preferred);
  if (report.failed.length > 0) console.warn(`TensorFlow.js: using ${describeBackend(report)}.`);
  return describeBackend(report);
}

/** Tensors alive right now; widgets check it returns to its starting value after a run. */
export function liveTensorCount(): number {
  return tf.memory().numTensors;
}
